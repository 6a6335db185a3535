/** Old article URLs that must redirect: one route per alias, refusing clashes. */
export function aliasRoutes(articles: { id: string; aliases: string[] }[]): { alias: string; to: string }[] {
  const taken = new Map(articles.map((a) => [a.id, `the article "${a.id}"`]));
  const routes: { alias: string; to: string }[] = [];
  for (const a of articles) {
    for (const raw of a.aliases) {
      const alias = raw.replace(/^\/+|\/+$/g, '');
      if (!/^[a-z0-9-]+$/.test(alias)) throw new Error(`content/guide/${a.id}.mdx: alias "${raw}" must be one path segment of a-z, 0-9 and -.`);
      const clash = taken.get(alias);
      if (clash) throw new Error(`content/guide/${a.id}.mdx: alias "${alias}" is already ${clash}.`);
      taken.set(alias, `an alias of "${a.id}"`);
      routes.push({ alias, to: a.id });
    }
  }
  return routes;
}
