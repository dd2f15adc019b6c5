/** Only a path of this site may follow sign-in: never another origin (`//evil`, `https:`). */
export function safeNextPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  return value;
}

export function signInPath(from: string | null, expired: boolean): string {
  const params = new URLSearchParams();
  if (from && from !== '/') params.set('next', from);
  if (expired) params.set('expired', '1');
  const query = params.toString();
  return query ? `/sign-in?${query}` : '/sign-in';
}
