import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { parkClient } from './app/apollo';
import { ROUTES } from './app/routes';
import { SessionProvider } from './app/session';
import { startI18n } from './i18n/i18n';
// Korean text must render on machines without a CJK font: the font ships with the console,
// split by Unicode range so a page downloads only the glyphs it shows.
import '@fontsource-variable/noto-sans-kr';
import './styles/park.css';

startI18n();
const router = createBrowserRouter(ROUTES);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ApolloProvider client={parkClient()}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </ApolloProvider>
  </StrictMode>,
);
