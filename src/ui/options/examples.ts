// Three short postings the thresholds are tried on, live, as the user moves them: the
// seed's disguised sales job, a real mix, and an honest marketing job.
import type { Posting } from '../../core/types';

export const EXAMPLES: ReadonlyArray<{ name: string; posting: Posting }> = [
  {
    name: '“Marketing Director” who must sell',
    posting: {
      title: 'Marketing Director',
      description: '<ul><li>Develop marketing plans and budgets.</li><li>Create sales tools and run campaigns and events.</li><li>Call on companies within your territory.</li><li>Bring your own rolodex of prospects.</li><li>Make at least 50 outbound calls and 50 outbound emails a day.</li></ul>',
    },
  },
  {
    name: '“Marketing Manager” with a real mix',
    posting: {
      title: 'Marketing Manager',
      description: '<ul><li>Plan and run email and social campaigns.</li><li>Write content for the website and newsletter.</li><li>Manage a portfolio of key accounts and grow their revenue.</li><li>Present proposals to prospective clients and negotiate contracts.</li></ul>',
    },
  },
  {
    name: '“Product Marketing Manager” who supports sales',
    posting: {
      title: 'Product Marketing Manager',
      description: '<ul><li>Own positioning and messaging for our product.</li><li>Build sales tools, battlecards and pitch decks for the sales team.</li><li>Plan launches and go-to-market campaigns.</li><li>Train sellers on new messaging.</li></ul>',
    },
  },
];
