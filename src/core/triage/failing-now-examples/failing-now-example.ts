/** A post and whether it reports something failing now (`high`) or not (`other`). */
export type FailingNowExample = readonly ['high' | 'other', string];
