// Token user → cluster user: one rule for both backends (the slurmrestd backend calls the cluster
// as this user; the local backend runs jobs as this OS account). A user the map does not list
// keeps their own name, unless the map has a "*" entry, which then applies to everyone unlisted.
export type UserMap = Readonly<Record<string, string>>;

export function clusterUser(userMap: UserMap, tokenUser: string): string {
  if (Object.hasOwn(userMap, tokenUser)) return userMap[tokenUser];
  if (Object.hasOwn(userMap, '*')) return userMap['*'];
  return tokenUser;
}
