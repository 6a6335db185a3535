// Everything an article's MDX can use without importing it. Headings are mapped so each gets a link.
import H2 from './H2.astro';
import H3 from './H3.astro';
import Cite from './Cite.astro';
import Term from './Term.astro';
import Note from './Note.astro';
import MedicationTable from './MedicationTable.astro';
import WithdrawalTimeline from './WithdrawalTimeline.astro';
import ReceptorDiagram from './ReceptorDiagram.astro';
import TimeBound from './TimeBound.astro';
import Criteria from './Criteria.astro';
import FirstAidSigns from './FirstAidSigns.astro';

export const mdxComponents = { h2: H2, h3: H3, Cite, Term, Note, MedicationTable, WithdrawalTimeline, ReceptorDiagram, TimeBound, Criteria, FirstAidSigns };
