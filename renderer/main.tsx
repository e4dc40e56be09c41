// First: schemas built by the imports below must see zod's jitless setting.
import './app/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api';
import { App } from './app/app';
import { createWorkspace } from './app/state/actions';
import { WorkspaceProvider } from './app/workspace-context';
import { CompareProvider, createCompare } from './compare';
import { ExportProvider, createExporter } from './export';
import './viewer/viewer.css';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const api = createClient();
const workspace = createWorkspace(api, window.localStorage);
const compare = createCompare(workspace, api);
const exporter = createExporter(api);

createRoot(root).render(
  <StrictMode>
    <WorkspaceProvider workspace={workspace}>
      <CompareProvider compare={compare}>
        <ExportProvider exporter={exporter}>
          <App />
        </ExportProvider>
      </CompareProvider>
    </WorkspaceProvider>
  </StrictMode>,
);
