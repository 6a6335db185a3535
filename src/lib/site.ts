export const site = {
  name: 'Heroin Treatment Guide',
  tagline: 'Plain-language, cited information about treatment for heroin and other opioid addiction.',
};
