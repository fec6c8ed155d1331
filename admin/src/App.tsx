import { Admin, Resource } from "react-admin";
import { Dashboard } from "./dashboard/Dashboard";
import fiscalYears from "./fiscal-years";
import { Layout } from "./layout/Layout";
import { LoginPage } from "./layout/LoginPage";
import { lightTheme } from "./layout/theme";
import { authProvider } from "./providers/authProvider";
import { dataProvider } from "./providers/dataProvider";
import { i18nProvider } from "./providers/i18nProvider";

export function App() {
  return (
    <Admin
      title="Sosei"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={Layout}
      theme={lightTheme}
      loginPage={LoginPage}
      requireAuth
      disableTelemetry
    >
      <Resource name="fiscal-years" {...fiscalYears} />
    </Admin>
  );
}
