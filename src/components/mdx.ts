// Everything an article's MDX can use without importing it. (Headings get their links from
// src/lib/heading-links.ts, in the Markdown pipeline.)
import Cite from './Cite.astro';
import Term from './Term.astro';
import Note from './Note.astro';
import MedicationTable from './MedicationTable.astro';
import WithdrawalTimeline from './WithdrawalTimeline.astro';
import ReceptorDiagram from './ReceptorDiagram.astro';
import TimeBound from './TimeBound.astro';
import Criteria from './Criteria.astro';
import FirstAidSigns from './FirstAidSigns.astro';

export const mdxComponents = { Cite, Term, Note, MedicationTable, WithdrawalTimeline, ReceptorDiagram, TimeBound, Criteria, FirstAidSigns };
