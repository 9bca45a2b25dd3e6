import "./workers";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { getToken } from "../auth";
import "graphiql/style.css";
import "./graphiql.css";

const authorizedFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  const token = getToken();
  // A header typed into GraphiQL's own header editor wins.
  if (token && !headers.has("Authorization")) headers.set("Authorization", `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};

const fetcher = createGraphiQLFetcher({ url: "/graphql", fetch: authorizedFetch });

const defaultQuery = `# Recovery – GraphQL
# Er du logget ind i appen i denne fane,
# sendes dit token med automatisk.

query Kommuner {
  municipalities(search: "Herning") {
    code
    name
    region
  }
  me {
    name
    role
    municipalityCode
  }
}
`;

const root = document.getElementById("graphiql");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
    </StrictMode>,
  );
}
