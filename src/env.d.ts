// What a page hands to the components rendered inside it, typed once (Astro.locals).
declare namespace App {
  interface Locals {
    /** Set by src/pages/[slug].astro before it renders an article: its frontmatter `sources`, in order, for <Cite> numbers. */
    sourceIds?: string[];
    /** The article being rendered, named in content errors (<Cite>, <Term>). */
    articleFile?: string;
    /** The page's language, so the components inside an article read their words and facts in it. */
    lang?: 'en' | 'es';
  }
}
