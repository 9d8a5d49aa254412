using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>Region-owned records of 综合行政执法: libraries, a case with officers, evidence and a reconsideration period.</summary>
public sealed class EnforcementSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var engine = services.GetRequiredService<ProcedureEngine>();
        var day = new DateOnly(2026, 1, 5);
        var agency = new EnforcementAgency(region, "某镇人民政府", "广东省人民政府关于乡镇街道综合行政执法的公告");
        var matter = new EnforcementMatter(region, agency.Id, "ENF-" + region, "对未取得医疗机构执业许可证擅自执业的处罚", EnforcementDomain.Medical, "《基本医疗卫生法》第九十九条");
        var officers = new[]
        {
            new Officer(region, "样例甲", "S1-" + region, "综合执法", new(2020, 1, 1), new(2030, 12, 31)),
            new Officer(region, "样例乙", "S2-" + region, "综合执法", new(2020, 1, 1), new(2030, 12, 31), isLegalReviewer: true, hasLegalQualification: true),
        };
        var standard = new DiscretionStandard(region, matter.Id, "擅自执业", "首次违法", 100_00, 1_000_00, "样例依据");
        var catalog = new LegalReviewCatalogItem(region, LegalReviewCriterion.FineAtLeast, "罚款1万元以上", 10_000_00);
        var c = new EnforcementCase(region, "隔离样例案件", matter.Id, EnforcementDomain.Medical, PartyKind.Individual, "张三", null, ClueSource.Inspection, "样例线索", day);
        var instance = engine.Start(OrdinaryProcedure.Key, EnforcementCase.SubjectType, c.Id, region, ProcedureActor.System, day);
        c.Attach(instance.Id);
        var assigned = c.AssignOfficers(officers, day);
        c.Decide(day, CaseOutcome.NoPenalty, 0, null, "样例决定");
        var remedy = c.StartRemedy(RemedyKind.Reconsideration, day);
        var evidence = new CaseEvidence(c, "现场检查笔录", "样例证据", day, "样例甲、样例乙");
        var list = new LenientList(region, 1, "样例减免责清单", day);
        var item = list.AddItem("样例违法行为", "首次违法", LenientTreatment.NoPenalty, "样例依据");
        var flexible = new FlexibleMeasure(region, FlexibleMeasureKind.Reminder, PartyKind.Individual, "张三", day, "样例提醒", c.Id);
        var measure = new CoerciveMeasure(c, CoerciveMeasureKind.Seizure, day, ["样例物品 1件"], "样例负责人");
        var measureInstance = engine.Start(MeasureProcedure.Key, CoerciveMeasure.SubjectType, measure.Id, region, ProcedureActor.System, day);
        measure.Attach(measureInstance.Id);
        var arrangement = new PaymentArrangement(c, PaymentArrangementKind.Instalments, day, "样例困难");
        var instalments = arrangement.Approve(day, "样例负责人", [new(day.AddDays(30), 100_00), new(day.AddDays(60), 100_00)], 200_00, day);
        db.AddRange(list, item, flexible, measure, arrangement);
        db.AddRange(instalments);
        db.AddRange(agency, matter, standard, catalog, c, evidence, remedy);
        db.AddRange(officers);
        db.AddRange(assigned);
        await db.SaveChangesAsync();
    }

    public IEnumerable<(string Parameter, string Value)> RouteValues() => [("action", "file")];
}
