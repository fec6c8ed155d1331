import { HeaderSection } from "./editor/HeaderSection";
import { KpiSection } from "./editor/KpiSection";
import { OverviewSection } from "./editor/OverviewSection";
import { EffectSection, EvaluationSection, PolicySection } from "./editor/PartSections";
import { ProgramsSection } from "./programs/ProgramsSection";
import { Deferred } from "./Deferred";
import { ReportHeader } from "./ReportHeader";
import { WithReport } from "./useReport";

/**
 * The report editor, following the form ①–⑧. Each part saves on its own through its named
 * mutation; what the user may not change here (by role and status) is shown read-only.
 */
export default function ReportEdit() {
  return (
    <WithReport>
      <ReportHeader view="edit" />
      <HeaderSection />
      <OverviewSection />
      <ProgramsSection />
      <Deferred>
        <KpiSection />
        <EffectSection />
        <EvaluationSection />
        <PolicySection />
      </Deferred>
    </WithReport>
  );
}
