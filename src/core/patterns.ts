// Multi-word patterns that carry meaning the single words do not, learned by wink-nlp as
// custom entities. Each entity becomes a feature ("ce:sales-tools") the model weighs.
// Pattern syntax is wink-nlp's: words, [alternatives|…], and POS tags like [NOUN].
export const CUSTOM_ENTITIES: ReadonlyArray<{ name: string; patterns: string[] }> = [
  { name: 'sales-tools', patterns: [
    '[sales|selling] [tool|tools|collateral|materials|deck|decks|kit|kits|playbook|playbooks|content|assets|presentations|scripts]',
    '[battlecard|battlecards|battle] [cards]', 'sales enablement', '[enable|equip|arm] [the|our] [sales|field] [team|force|organization]',
    '[pitch|presentation] [deck|decks]', '[case] [study|studies]', 'one pager', 'one pagers', 'one-pager', 'one-pagers',
  ] },
  { name: 'support-sales', patterns: [
    '[with|alongside] [the|our] [sales|account] [team|teams|leaders|leadership|reps|organization]',
    '[support|supporting|supports] [the|our] [sales] [team|teams|organization|force|reps]',
    '[for|to] [the|our] [sales] [team|teams|force|reps]',
  ] },
  { name: 'pipeline-generation', patterns: [
    '[generate|generating|drive|driving|build|building|create|creating|grow|growing|accelerate] [pipeline|demand|awareness|leads|MQLs]',
    'demand [generation|gen]', 'lead [generation|gen|nurturing|nurture|scoring]', '[marketing|campaign] [sourced|influenced] [pipeline|revenue]',
  ] },
  { name: 'own-leads', patterns: [
    '[your|their] own [leads|prospects|pipeline|business|opportunities]',
    '[own|your] [rolodex|book]', 'book of business', 'self-generated [leads|pipeline]', 'self-sourced [leads|pipeline]',
  ] },
  { name: 'outreach', patterns: [
    '[outbound|cold|warm] [calls|calling|call|emails|emailing|outreach|prospecting|dials|dialing]',
    '[make|making|place|placing] [calls|dials]', '[call|calling|calls] [on|upon] [companies|businesses|prospects|clients|customers|accounts]',
    '[prospect|prospecting] [new] [clients|customers|accounts|business]',
  ] },
  { name: 'closing', patterns: [
    '[close|closing|closes|win|winning|secure|securing] [deals|deal|business|sales|contracts|accounts]', '[close|closing|win|winning|secure|securing] new business',
    '[negotiate|negotiating|negotiates] [contracts|deals|terms|pricing|agreements]', 'full sales cycle', '[sales|deal] cycle',
  ] },
  { name: 'quota', patterns: [
    '[quota|quotas]', '[sales|revenue|booking|bookings] [target|targets|goals|goal|quota]', 'quota [attainment|carrying]',
    '[commission|commissions|OTE|uncapped]',
  ] },
  { name: 'territory', patterns: ['[territory|territories]', '[assigned|geographic] [region|accounts|area]'] },
  { name: 'campaigns', patterns: [
    '[marketing|email|digital|social|paid|integrated|advertising|ad|nurture|ABM|awareness|multi-channel] [campaign|campaigns|programs|program]',
    '[plan|plans|planning|run|running|execute|executing|launch|launching|manage|managing] [campaigns|campaign|events|webinars|programs]',
  ] },
  { name: 'brand-positioning', patterns: [
    '[brand|product] [positioning|messaging|strategy|guidelines|identity|voice|awareness]', '[positioning|messaging] [and] [messaging|positioning]',
    'go to market', 'go-to-market', '[market|customer|competitive] [research|intelligence|insights|analysis|segmentation]',
  ] },
  { name: 'account-growth', patterns: [
    '[upsell|upselling|upsells|expansion|renewal|renewals]', 'cross-sell', 'cross-selling', 'cross sell',
    '[revenue|spend|business] [within|from|in] [existing|assigned|key] [accounts|clients|customers]',
    '[grow|expand|increase] [revenue|spend] [within|from|in]',
    '[book] of [accounts|clients]',
  ] },
  { name: 'sales-ops', patterns: [
    '[CRM|Salesforce|HubSpot] [administration|admin|hygiene|reporting|data|configuration|workflows]',
    '[sales|revenue] [operations|ops|systems|analytics|compensation|comp]', '[commission|compensation|comp] [plans|plan|calculations|statements|payments|processing]',
    '[forecast|forecasting] [reporting|reports|accuracy|process]', 'deal desk',
  ] },
];
