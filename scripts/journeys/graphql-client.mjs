// A tiny GraphQL client for the journey scripts: they run against a live server, as a user would.
export function client(url) {
  return async function gql(query, variables = {}, token) {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors?.length)
      throw new Error(`${query.trim().split('\n')[0]}: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}

export function step(message) {
  console.log(`✓ ${message}`);
}
