import { lazy } from "react";
import { Admin, CustomRoutes, Resource } from "react-admin";
import { Route } from "react-router-dom";
import categories from "./categories";
import { Dashboard } from "./dashboard/Dashboard";
import fiscalYears from "./fiscal-years";
import grantTypes from "./grant-types";
import kpis from "./kpis";
import { Layout } from "./layout/Layout";
import { LoginPage } from "./layout/LoginPage";
import { lightTheme } from "./layout/theme";
import municipalities from "./municipalities";
import projects from "./projects";
import { authProvider } from "./providers/authProvider";
import { dataProvider } from "./providers/dataProvider";
import { i18nProvider } from "./providers/i18nProvider";
import reports, { EvaluationQueue, ReviewQueue } from "./reports";
import users from "./users";

const OnboardingPage = lazy(() => import("./onboarding/OnboardingPage"));
const ImportPage = lazy(() => import("./imports/ImportPage"));
const NewYearPage = lazy(() => import("./reports/new-year/NewYearPage"));

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
      <Resource name="reports" {...reports} />
      <Resource name="projects" {...projects} />
      <Resource name="kpis" {...kpis} />
      <Resource name="users" {...users} />
      <Resource name="fiscal-years" {...fiscalYears} />
      <Resource name="municipalities" {...municipalities} />
      <Resource name="grant-types" {...grantTypes} />
      <Resource name="categories" {...categories} />
      <CustomRoutes>
        <Route path="/review" element={<ReviewQueue />} />
        <Route path="/evaluations" element={<EvaluationQueue />} />
        <Route path="/onboarding" element={<OnboardingPage />} />
        <Route path="/imports" element={<ImportPage />} />
        <Route path="/new-year" element={<NewYearPage />} />
      </CustomRoutes>
    </Admin>
  );
}
