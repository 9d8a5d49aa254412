using System.Security.Claims;

using Fazhi.Modules.AnnualReports.Domain;
using Fazhi.Modules.WorkPlans.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Regions;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.AnnualReports.Reports;

/// <summary>A row of a report list or of the supervising level's overview.</summary>
public sealed record ReportSummary(Guid Id, string RegionCode, string RegionName, int Year, string Status, string StatusName, DateOnly? SubmittedOn, DateOnly? PublishedOn, DateTime UpdatedAt);

/// <summary>A town under the caller and its report for the year (none yet = null id).</summary>
public sealed record OverviewRow(string RegionCode, string RegionName, Guid? ReportId, string Status, DateOnly? SubmittedOn, DateOnly SubmitBy, bool SubmitOverdue, DateOnly? PublishedOn);

/// <summary>Loads reports of the caller's subtree (the region filter applies): another town's report is not found.</summary>
public sealed class FindReport(AppDbContext db)
{
    public async Task<AnnualReport> ExecuteAsync(string id, CancellationToken ct, bool track = false)
    {
        if (!Guid.TryParse(id, out var guid))
        {
            throw new FieldValidationException("id", "报告编号格式不正确");
        }

        var query = db.Set<AnnualReport>().Include(r => r.Sections).AsQueryable();
        var report = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == guid, ct);
        return report ?? throw new RecordNotFoundException("报告不存在");
    }
}

/// <summary>新建年度报告 for the user's own region and a year, from the newest default template.</summary>
public sealed class CreateReport(AppDbContext db, ProcedureEngine engine, TimeProvider clock)
{
    public async Task<AnnualReport> ExecuteAsync(ClaimsPrincipal user, int? year, CancellationToken ct)
    {
        var region = user.FindFirstValue(FazhiClaims.Region) ?? throw new DomainRuleException("当前用户没有所属区划");
        if (await db.Set<Region>().AnyAsync(r => r.Code == region && r.Level == RegionLevel.Village, ct))
        {
            throw new DomainRuleException("村（社区）不撰写法治政府建设年度报告，由所在镇（街道）报告", AnnualReportProcedure.Regulation.Citation);
        }

        var today = LegalDate.Today(clock);
        if (year is not { } y || y < EvaluateMetric.MinYear || y > today.Year)
        {
            throw new FieldValidationException("year", $"年度应为{EvaluateMetric.MinYear}至{today.Year}之间的年份");
        }

        if (await db.Set<AnnualReport>().AnyAsync(r => r.RegionCode == region && r.Year == y, ct))
        {
            throw new DomainRuleException($"本单位{y}年度的报告已存在（每个单位每年一份）", AnnualReportProcedure.Regulation.Citation);
        }

        var setting = await db.Set<AnnualReportSetting>().AsNoTracking().FirstOrDefaultAsync(s => s.RegionCode == region, ct);
        var addressee = setting?.Addressee ?? await DefaultAddresseeAsync(db, region, ct);
        var report = AnnualReport.Create(region, y, ReportTemplate.Latest(ReportTemplate.Default.Key), addressee, clock.GetUtcNow().UtcDateTime);
        var instance = engine.Start(AnnualReportProcedure.Key, AnnualReportProcedure.SubjectType, report.Id, region, ProcedureActor.From(user));
        report.AttachProcedure(instance.Id);
        db.Add(report);
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>市、县、乡党委和政府 report to 上一级党委和政府 (law.md §1): the salutation names the parent level.</summary>
    public static async Task<string> DefaultAddresseeAsync(AppDbContext db, string region, CancellationToken ct)
    {
        var parent = await db.Set<Region>().AsNoTracking()
            .Where(r => r.Code == db.Set<Region>().Where(c => c.Code == region).Select(c => c.ParentCode).FirstOrDefault())
            .FirstOrDefaultAsync(ct);
        return parent switch
        {
            null => "上级党委、政府：",
            { Level: RegionLevel.Province } => "省委、省政府：",
            { Level: RegionLevel.City } => "市委、市政府：",
            { Level: RegionLevel.County } when parent.Name.EndsWith('区') => "区委、区政府：",
            { Level: RegionLevel.County } => "县委、县政府：",
            _ => "上级党委、政府：",
        };
    }
}

/// <summary>修改章节、标题 (only while a draft).</summary>
public sealed class EditReport(AppDbContext db, FindReport find, TimeProvider clock)
{
    public async Task<AnnualReport> SectionAsync(string id, string sectionId, string? heading, string? text, CancellationToken ct)
    {
        var report = await find.ExecuteAsync(id, ct, track: true);
        if (!Guid.TryParse(sectionId, out var section))
        {
            throw new FieldValidationException("sectionId", "章节编号格式不正确");
        }

        report.EditSection(section, heading, text, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return report;
    }

    public async Task<AnnualReport> HeadingAsync(string id, string? title, string? addressee, CancellationToken ct)
    {
        var report = await find.ExecuteAsync(id, ct, track: true);
        report.EditHeading(title, addressee, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return report;
    }
}

/// <summary>
/// 下一年度主要安排 drafted from the town's 工作要点 for the next year (the issued one, else its newest draft): one paragraph
/// per 重点板块 — "（一）板块。任务；任务。" — after an opening sentence naming the plan. The clerk edits it like any section;
/// drafting again replaces the section's text. Refused when the town has no next-year 工作要点 yet.
/// </summary>
public sealed class DraftPlanSection(AppDbContext db, FindReport find, IWorkPlans plans, TimeProvider clock)
{
    public const string SectionKey = "plan";

    public async Task<AnnualReport> ExecuteAsync(string id, CancellationToken ct)
    {
        var report = await find.ExecuteAsync(id, ct, track: true);
        var section = report.Sections.FirstOrDefault(s => s.Key == SectionKey)
            ?? throw new DomainRuleException("本报告的模板没有“下一年度主要安排”一节");
        var next = report.Year + 1;
        var arrangement = await plans.ArrangementForAsync(next, ct);
        if (arrangement is null || arrangement.Areas.Count == 0)
        {
            throw new DomainRuleException($"尚未制定{next}年全面依法治镇工作要点（或要点尚无任务分解），请先在“工作方案”中制定，或直接填写本节",
                AnnualReportProcedure.Regulation.Citation + "：年度报告应当报告下一年度推进法治政府建设的主要安排");
        }

        var paragraphs = new List<string> { $"{next}年，我镇将按照{arrangement.Title}，聚焦重点领域和薄弱环节，着重做好以下工作：" };
        paragraphs.AddRange(arrangement.Areas.Select((a, i) =>
            $"（{SectionNumbers.Chinese(i + 1)}）{a.Area.TrimEnd('。')}。{string.Join("；", a.Tasks.Select(t => t.TrimEnd('。', '；')))}。"));
        report.EditSection(section.Id, null, string.Join("\n", paragraphs), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return report;
    }
}

/// <summary>办理环节 (review, return, approve, submit, clear, publish) through the procedure engine; audited automatically.</summary>
public sealed class TakeReportStep(AppDbContext db, FindReport find, ProcedureEngine engine, RenderReport render, TimeProvider clock)
{
    public async Task<ProcedureStep> ExecuteAsync(string id, string action, ClaimsPrincipal user, string? note, CancellationToken ct)
    {
        var report = await find.ExecuteAsync(id, ct, track: true);
        var instance = await db.Set<ProcedureInstance>().FirstAsync(i => i.Id == report.ProcedureInstanceId, ct);
        var rendered = await render.ExecuteAsync(report, ct, withRecords: action == AnnualReportProcedure.SubmitAction);
        var step = await engine.ApplyAsync(instance, action, ProcedureActor.From(user), new ApprovalContext(rendered.Issues),
            new StepInput { Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim() }, ct);
        report.MoveTo(instance.State, step.On, clock.GetUtcNow().UtcDateTime);
        if (report.Status == AnnualReportStatus.Submitted)
        {
            // What was sent is kept: later records change the live figures, never the submitted report.
            db.Add(render.Snapshot(rendered, step.On));
        }

        await db.SaveChangesAsync(ct);
        return step;
    }

    /// <summary>The actions the state allows and the user may take (gates are checked when the step is taken, with the reason).</summary>
    public async Task<(IReadOnlyList<ProcedureAction> Actions, IReadOnlyList<ProcedureStep> Steps)> OptionsAsync(AnnualReport report, ClaimsPrincipal user, CancellationToken ct)
    {
        var instance = await db.Set<ProcedureInstance>().AsNoTracking().FirstAsync(i => i.Id == report.ProcedureInstanceId, ct);
        var actor = ProcedureActor.From(user);
        var actions = engine.DefinitionOf(instance).Actions.Where(a => a.From.Contains(instance.State) && actor.MayTake(a)).ToList();
        var steps = await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.InstanceId == instance.Id).OrderBy(s => s.Sequence).ToListAsync(ct);
        return (actions, steps);
    }
}

/// <summary>
/// 确认一致性检查提示: a reviewer accepts a warning (a typed number no figure matches, a printed zero) with a reason, before
/// 审定. A blocking issue is a contradiction and cannot be accepted; the report is changed instead.
/// </summary>
public sealed class AcceptIssue(AppDbContext db, FindReport find, RenderReport render, TimeProvider clock)
{
    public async Task<ReportIssueAcceptance> ExecuteAsync(string id, string fingerprint, string? reason, ClaimsPrincipal user, CancellationToken ct)
    {
        var report = await find.ExecuteAsync(id, ct);
        if (report.Status is not (AnnualReportStatus.Draft or AnnualReportStatus.Reviewed))
        {
            throw new DomainRuleException("报告已审定，一致性检查提示只能在审定前确认", AnnualReportProcedure.Regulation.Citation + "：年度报告经审定后报送");
        }

        var rendered = await render.ExecuteAsync(report, ct);
        var issue = rendered.Issues.FirstOrDefault(i => i.Fingerprint == fingerprint)
            ?? throw new RecordNotFoundException("该检查提示不存在（报告修改后提示会重新生成，请刷新后再确认）");
        if (issue.Blocking)
        {
            throw new DomainRuleException($"该问题为实质性矛盾，不能确认通过，须修改报告：{issue.Message}", AnnualReportProcedure.Regulation.Citation);
        }

        if (!issue.NeedsConfirmation)
        {
            throw new DomainRuleException("该提示无需确认");
        }

        if (issue.AcceptedReason is not null)
        {
            throw new DomainRuleException("该提示已确认");
        }

        var acceptance = new ReportIssueAcceptance(report, fingerprint, issue.Rule, issue.Message, reason,
            ProcedureActor.From(user).DisplayName, clock.GetUtcNow().UtcDateTime);
        db.Add(acceptance);
        await db.SaveChangesAsync(ct);
        return acceptance;
    }
}

/// <summary>Lists: the caller's subtree's reports, and the supervising level's overview of its towns for a year.</summary>
public sealed class ListReports(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReportSummary>> ExecuteAsync(int? year, CancellationToken ct)
    {
        var query = db.Set<AnnualReport>().AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(r => r.Year == y);
        }

        var rows = await query.OrderByDescending(r => r.Year).ThenBy(r => r.RegionCode).Take(500).ToListAsync(ct);
        var names = await RegionNamesAsync(rows.Select(r => r.RegionCode), ct);
        return rows.Select(r => new ReportSummary(r.Id, r.RegionCode, names.GetValueOrDefault(r.RegionCode, r.RegionCode), r.Year,
            r.Status.ToString(), StatusName(r.Status), r.SubmittedOn, r.PublishedOn, r.UpdatedAt)).ToList();
    }

    public async Task<IReadOnlyList<OverviewRow>> OverviewAsync(string callerRegion, int year, CancellationToken ct)
    {
        // Villages (村、社区) write no 法治政府建设年度报告: a town's overview is empty, a city's or county's lists its towns.
        var towns = await db.Set<Region>().AsNoTracking().Where(r => r.ParentCode == callerRegion && r.Level != RegionLevel.Village)
            .OrderBy(r => r.Code).ToListAsync(ct);
        var codes = towns.Select(t => t.Code).ToList();
        var reports = await db.Set<AnnualReport>().AsNoTracking().Where(r => r.Year == year && codes.Contains(r.RegionCode)).ToListAsync(ct);
        var settings = await db.Set<AnnualReportSetting>().AsNoTracking().Where(s => codes.Contains(s.RegionCode)).ToListAsync(ct);
        var today = LegalDate.Today(clock);
        return towns.Select(t =>
        {
            var report = reports.FirstOrDefault(r => r.RegionCode == t.Code);
            var setting = settings.FirstOrDefault(s => s.RegionCode == t.Code);
            var submitBy = new DateOnly(year + 1, setting?.SubmitMonth ?? 3, setting?.SubmitDay ?? 1);
            var overdue = report?.SubmittedOn is { } on ? on > submitBy : today > submitBy;
            return new OverviewRow(t.Code, t.Name, report?.Id, report is null ? "未建立" : StatusName(report.Status), report?.SubmittedOn, submitBy, overdue, report?.PublishedOn);
        }).ToList();
    }

    public static string StatusName(AnnualReportStatus status) => status switch
    {
        AnnualReportStatus.Draft => "起草中",
        AnnualReportStatus.Reviewed => "已审核",
        AnnualReportStatus.Approved => "已审定",
        AnnualReportStatus.Submitted => "已报送",
        AnnualReportStatus.Cleared => "已保密审查",
        AnnualReportStatus.Published => "已公开",
    };

    private async Task<Dictionary<string, string>> RegionNamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var list = codes.Distinct().ToList();
        return await db.Set<Region>().AsNoTracking().Where(r => list.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
    }
}

/// <summary>报送设置 of the caller's own region (created with defaults on first change).</summary>
public sealed class ReportSettings(AppDbContext db)
{
    public async Task<AnnualReportSetting> GetAsync(string region, CancellationToken ct) =>
        await db.Set<AnnualReportSetting>().AsNoTracking().FirstOrDefaultAsync(s => s.RegionCode == region, ct)
        ?? new AnnualReportSetting(region, await CreateReport.DefaultAddresseeAsync(db, region, ct));

    public async Task<AnnualReportSetting> ChangeAsync(string region, string? addressee, string? copyTo, int? submitMonth, int? submitDay, int? publishMonth, int? publishDay, CancellationToken ct)
    {
        var setting = await db.Set<AnnualReportSetting>().FirstOrDefaultAsync(s => s.RegionCode == region, ct);
        if (setting is null)
        {
            setting = new AnnualReportSetting(region, await CreateReport.DefaultAddresseeAsync(db, region, ct));
            db.Add(setting);
        }

        setting.Change(addressee, copyTo, submitMonth, submitDay, publishMonth, publishDay);
        await db.SaveChangesAsync(ct);
        return setting;
    }
}
