// Concept classes over lemmas: they let the model generalise from "negotiate contracts"
// to "haggle over terms", and tell selling verbs from marketing verbs from support work.
// Only the classes are features; the model learns how much each one weighs.
export const CONCEPTS: Record<string, readonly string[]> = {
  'sell-act': ['sell', 'close', 'negotiate', 'prospect', 'pitch', 'upsell', 'cross-sell', 'renew', 'solicit', 'canvass', 'persuade',
    'convert', 'win', 'hunt', 'quote', 'bid', 'dial', 'book', 'secure', 'acquire', 'expand', 'grow', 'demo', 'demonstrate', 'present',
    'visit', 'call', 'meet', 'contact', 'approach', 'follow', 'qualify', 'forecast', 'sign', 'recruit', 'lease', 'rent', 'retain', 'source'],
  'sell-object': ['deal', 'quota', 'prospect', 'account', 'territory', 'commission', 'order', 'contract', 'client', 'customer', 'buyer',
    'opportunity', 'revenue', 'booking', 'purchase', 'policy', 'policyholder', 'donor', 'tenant', 'dealer', 'distributor',
    'reseller', 'retailer', 'wholesaler', 'rolodex', 'pipeline', 'lead', 'target', 'decision-maker', 'stakeholder', 'price', 'pricing',
    'proposal', 'rfp', 'renewal', 'upsell', 'business', 'logo', 'book', 'arr', 'acv', 'bookings', 'referral'],
  'market-act': ['market', 'promote', 'advertise', 'brand', 'position', 'segment', 'publicize', 'research', 'launch', 'design', 'write',
    'produce', 'publish', 'edit', 'blog', 'post', 'optimize', 'target', 'survey', 'analyze', 'measure', 'track', 'test', 'nurture',
    'message', 'storytell', 'craft', 'create', 'develop', 'plan', 'execute', 'run', 'sponsor', 'host', 'curate', 'amplify', 'engage'],
  'market-object': ['campaign', 'brand', 'content', 'collateral', 'messaging', 'positioning', 'advertising', 'advertisement', 'ad', 'seo',
    'sem', 'ppc', 'social', 'media', 'event', 'webinar', 'newsletter', 'website', 'blog', 'copy', 'press', 'pr', 'publicity', 'awareness',
    'audience', 'persona', 'segmentation', 'survey', 'launch', 'marketing', 'promotion', 'influencer', 'sponsorship', 'trade', 'show',
    'booth', 'tradeshow', 'conference', 'email', 'newsletter', 'video', 'creative', 'design', 'story', 'narrative', 'battlecard',
    'datasheet', 'brochure', 'case', 'whitepaper', 'ebook', 'deck', 'landing', 'funnel', 'mql', 'demand', 'visibility', 'reputation',
    'community', 'journalist', 'reporter', 'outlet', 'coverage', 'communication', 'announcement', 'packaging', 'merchandising', 'display', 'market'],
  'support-others': ['enable', 'enablement', 'equip', 'arm', 'support', 'train', 'assist', 'help', 'provide', 'supply', 'partner', 'align', 'collaborate', 'liaise'],
  'sales-team': ['seller', 'rep', 'representative', 'ae', 'sdr', 'bdr', 'salesperson', 'salespeople', 'salesforce', 'field'],
  'ops-object': ['crm', 'database', 'system', 'report', 'reporting', 'dashboard', 'data', 'record', 'invoice', 'payment', 'payout',
    'statement', 'ticket', 'inquiry', 'complaint', 'issue', 'support', 'onboarding', 'implementation', 'installation', 'delivery',
    'shipment', 'inventory', 'stock', 'schedule', 'calendar', 'document', 'documentation', 'compliance', 'audit', 'process', 'workflow',
    'integration', 'payroll', 'accrual', 'reconciliation', 'hiring', 'candidate', 'budget', 'expense', 'vendor', 'supplier',
    'equipment', 'maintenance', 'training', 'policy', 'regulation', 'escrow', 'closing', 'deed', 'appraisal', 'loan', 'mortgage'],
  'ops-act': ['administer', 'maintain', 'process', 'reconcile', 'calculate', 'configure', 'implement', 'install', 'troubleshoot',
    'resolve', 'respond', 'answer', 'schedule', 'coordinate', 'organize', 'file', 'record', 'document', 'update', 'audit', 'comply',
    'ensure', 'monitor', 'inspect', 'repair', 'ship', 'deliver', 'order', 'stock', 'arrange', 'hire', 'interview', 'onboard', 'pay', 'approve'],
  'money-personal': ['commission', 'ote', 'uncapped', 'bonus', 'incentive', 'earnings', 'accelerator', 'spiff'],
};

const CONCEPTS_BY_LEMMA = new Map<string, string[]>();
for (const [concept, lemmas] of Object.entries(CONCEPTS)) {
  for (const lemma of lemmas) CONCEPTS_BY_LEMMA.set(lemma, [...(CONCEPTS_BY_LEMMA.get(lemma) ?? []), concept]);
}

/** Concepts of a lemma; words the lemmatiser does not know ("battlecards") are singularised. */
export function conceptsOf(lemma: string): readonly string[] {
  return CONCEPTS_BY_LEMMA.get(lemma) ?? (lemma.endsWith('s') ? CONCEPTS_BY_LEMMA.get(lemma.slice(0, -1)) : undefined) ?? [];
}
