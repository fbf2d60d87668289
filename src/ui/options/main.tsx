import { render } from 'preact';
import { Options } from './Options';
import '../page.css';

render(<Options />, document.getElementById('app')!);
