/**
 * Where readers report a mistake: the project's public issue tracker. Deploys set REPORT_URL;
 * a GitHub Actions build falls back to the repository's own issues page. Unset, the About page
 * says that this copy has no report address rather than inventing one.
 */
export function reportUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const explicit = env.REPORT_URL?.trim();
  if (explicit) return explicit;
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/issues`;
  return undefined;
}
