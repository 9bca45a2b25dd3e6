// Vite must see each worker as a `?worker` import; Monaco asks for them by label.
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker.js?worker";
import JsonWorker from "monaco-editor/esm/vs/language/json/json.worker.js?worker";
import GraphQLWorker from "monaco-graphql/esm/graphql.worker.js?worker";

type MonacoEnvironment = { getWorker(workerId: string, label: string): Worker };

(globalThis as typeof globalThis & { MonacoEnvironment: MonacoEnvironment }).MonacoEnvironment = {
  getWorker(_workerId, label) {
    switch (label) {
      case "graphql":
        return new GraphQLWorker();
      case "json":
        return new JsonWorker();
      default:
        return new EditorWorker();
    }
  },
};
