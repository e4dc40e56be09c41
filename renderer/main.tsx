// First: schemas built by the imports below must see zod's jitless setting.
import './app/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { urlWithoutToken } from '../shared/transport';
import { createClient } from './api';
import { App, WorkspaceProvider, WorkspaceSlotsProvider, createWorkspace } from './app';
import { CompareProvider, compareSlots, createCompare } from './compare';
import { ExportProvider, createExporter, exportSlots } from './export';
import { ReviewProvider, createReview, reviewSlots } from './review';
import './viewer/viewer.css';
import './styles/app.css';
import './styles/review.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const api = createClient();
// The client has kept the browser-mode token (sessionStorage for API calls; the
// server set a cookie for assets): take it out of the address bar and history.
const cleanUrl = urlWithoutToken(window.location.href);
if (cleanUrl) window.history.replaceState(window.history.state, '', cleanUrl);
const workspace = createWorkspace(api, window.localStorage);
const compare = createCompare(workspace, api);
const exporter = createExporter(api);
const review = createReview(workspace, api);
// Teammates' changes on disk (a file copied into tagsets/, a synced edit) show up without a reload.
review.startLiveRefresh();
// The workspace knows its feature modules only through these slots, so app/ never imports compare/, export/ or review/.
// Export first: its key works even while a link dialog holds the others.
const slots = [exportSlots(exporter), compareSlots(compare), reviewSlots(review)];

createRoot(root).render(
  <StrictMode>
    <WorkspaceProvider workspace={workspace}>
      <CompareProvider compare={compare}>
        <ExportProvider exporter={exporter}>
          <ReviewProvider review={review}>
            <WorkspaceSlotsProvider slots={slots}>
              <App />
            </WorkspaceSlotsProvider>
          </ReviewProvider>
        </ExportProvider>
      </CompareProvider>
    </WorkspaceProvider>
  </StrictMode>,
);
