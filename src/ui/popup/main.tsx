import { render } from 'preact';
import { Popup } from './Popup';
import '../page.css';

render(<Popup />, document.getElementById('app')!);
