import { describeFilters, defaultValueLabel, type ValueLabel } from './describeFilters';
import { isEmptyFilters, type Filters } from './filters';

/**
 * The browser tab's title: the filters in words and how many speakers they leave
 * ("Country: Sweden (SE) · 7 speakers – Podium"), so tabs and history entries say
 * what they show; unfiltered, the corpus's name.
 */
export function formatPageTitle(f: Filters, speakers: number, corpusName: string, label: ValueLabel = defaultValueLabel): string {
  if (isEmptyFilters(f)) return `${corpusName} – Podium`;
  return `${describeFilters(f, label)} · ${speakers.toLocaleString('en')} ${speakers === 1 ? 'speaker' : 'speakers'} – Podium`;
}
