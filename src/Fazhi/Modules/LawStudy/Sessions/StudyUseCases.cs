using Fazhi.Modules.LawStudy.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.LawStudy.Sessions;

/// <summary>
/// 领导干部学法的登记: sessions (with the laws studied), the year's 专题学习安排 and law exams. Every act is entered with its
/// real date, never in the future, and each input error is a Chinese field error.
/// </summary>
public sealed class StudyUseCases(AppDbContext db, TimeProvider time)
{
    public const int MaxRegulations = 30;

    /// <summary>Validates and adds a session to the unit of work (saved by the caller: one session, or a whole ledger).</summary>
    public async Task<StudySession> AddSessionAsync(SessionInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var errors = new Dictionary<string, string[]>();
        var region = Region(systemRegion);
        var kind = DisplayNames.Parse<StudyKind>(input.Kind);
        if (kind is null)
        {
            errors["kind"] = ["请选择学法形式（理论学习中心组学法、领导干部专题学法、常务会议会前学法、旁听庭审或法治讲座）"];
        }

        var heldOn = FieldChecks.PastDate(errors, input.HeldOn, LegalDate.Today(time), "heldOn", "学习日期");
        var topic = FieldChecks.Required(errors, input.Topic, 300, "topic", "学习主题");
        var presenter = FieldChecks.Optional(errors, input.Presenter, 100, "presenter", "主讲人");
        var absentees = FieldChecks.Optional(errors, input.Absentees, 500, "absentees", "缺席人员及原因");
        if (input.Expected is not (>= 1 and <= 2000))
        {
            errors["expected"] = ["应到人数应为1至2000之间的整数"];
        }

        if (input.Attended is not { } attended || attended < 0)
        {
            errors["attended"] = ["请填写实到人数（不小于0的整数）"];
        }
        else if (input.Expected is { } expected and >= 1 && attended > expected)
        {
            errors["attended"] = ["实到人数不能多于应到人数"];
        }
        else if (input.Expected is { } due && attended < due && absentees is null)
        {
            errors["absentees"] = ["有人缺席时请写明缺席人员及原因"];
        }

        string? court = null, caseNumber = null;
        if (kind == StudyKind.CourtObservation)
        {
            court = FieldChecks.Required(errors, input.Court, 100, "court", "审理法院");
            caseNumber = FieldChecks.Required(errors, input.CaseNumber, 60, "caseNumber", "旁听案件案号");
        }

        var regulations = (input.Regulations ?? []).Select(r => r?.Trim() ?? "").Where(r => r.Length > 0).ToList();
        if (regulations.Count == 0 && kind is not null and not StudyKind.CourtObservation)
        {
            errors["regulations"] = ["请填写本次学习的法律法规或政策文件（至少一项）"];
        }
        else if (regulations.Count > MaxRegulations)
        {
            errors["regulations"] = [$"一次学习登记的法规政策不超过{MaxRegulations}项"];
        }
        else if (regulations.FirstOrDefault(r => r.Length > 200) is { } tooLong)
        {
            errors["regulations"] = [$"法规政策名称不能超过200个字符：{tooLong[..20]}…"];
        }

        if (input.PlanItemId is { } itemId && heldOn != default)
        {
            var plan = await (from i in db.Set<StudyPlanItem>().AsNoTracking()
                              join p in db.Set<StudyPlan>().AsNoTracking() on i.PlanId equals p.Id
                              where i.Id == itemId
                              select new { p.Year, p.Title }).FirstOrDefaultAsync(ct);
            if (plan is null)
            {
                errors["planItemId"] = ["所选专题学习安排事项不存在"];
            }
            else if (plan.Year != heldOn.Year)
            {
                errors["planItemId"] = [$"学习日期不在《{plan.Title.Trim('《', '》')}》的年度（{plan.Year}年）内"];
            }
        }

        FieldChecks.ThrowIfAny(errors);
        var session = new StudySession(region, kind!.Value, heldOn, topic!, presenter, input.Expected!.Value, input.Attended!.Value, absentees,
            court, caseNumber, input.PlanItemId, actor);
        db.Add(session);
        foreach (var title in regulations.Distinct())
        {
            db.Add(session.Study(title));
        }

        return session;
    }

    public async Task<StudySession> RecordSessionAsync(SessionInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var session = await AddSessionAsync(input, actor, ct, systemRegion);
        await db.SaveChangesAsync(ct);
        return session;
    }

    /// <summary>制定专题学习安排: one plan a year, adopted no later than its year, with its items by month.</summary>
    public async Task<StudyPlan> AdoptPlanAsync(PlanInput input, CancellationToken ct, string? systemRegion = null)
    {
        var errors = new Dictionary<string, string[]>();
        var region = Region(systemRegion);
        var today = LegalDate.Today(time);
        if (input.Year is not { } year || year < 2000 || year > today.Year + 1)
        {
            errors["year"] = [$"年度应为2000至{today.Year + 1}之间的年份"];
            year = 0;
        }

        var title = FieldChecks.Required(errors, input.Title, 200, "title", "学习安排名称");
        var adoptedOn = FieldChecks.PastDate(errors, input.AdoptedOn, LegalDate.Today(time), "adoptedOn", "印发日期");
        if (year > 0 && adoptedOn != default && adoptedOn.Year > year)
        {
            errors["adoptedOn"] = [$"{year}年的专题学习安排应在{year}年底之前印发"];
        }

        var items = (input.Items ?? []).Where(i => i.Month is not null || !string.IsNullOrWhiteSpace(i.Topic)).ToList();
        if (items.Count == 0)
        {
            errors["items"] = ["请至少列出一项专题学习安排（月份和学习主题）"];
        }

        for (var n = 0; n < items.Count; n++)
        {
            if (items[n].Month is not (>= 1 and <= 12))
            {
                errors[$"items[{n}].month"] = [$"第{n + 1}项：月份应为1至12"];
            }

            if (string.IsNullOrWhiteSpace(items[n].Topic) || items[n].Topic!.Trim().Length > 300)
            {
                errors[$"items[{n}].topic"] = [$"第{n + 1}项：请填写学习主题（300字以内）"];
            }
        }

        if (year > 0 && await db.Set<StudyPlan>().AnyAsync(p => p.RegionCode == region && p.Year == year, ct))
        {
            errors["year"] = [$"{year}年的专题学习安排已制定，不能重复制定"];
        }

        FieldChecks.ThrowIfAny(errors);
        var plan = new StudyPlan(region, year, title!, adoptedOn);
        db.Add(plan);
        foreach (var item in items.OrderBy(i => i.Month))
        {
            db.Add(plan.Plan(item.Month!.Value, item.Topic!.Trim()));
        }

        await db.SaveChangesAsync(ct);
        return plan;
    }

    public async Task<LawExam> RecordExamAsync(ExamInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var errors = new Dictionary<string, string[]>();
        var region = Region(systemRegion);
        var heldOn = FieldChecks.PastDate(errors, input.HeldOn, LegalDate.Today(time), "heldOn", "考试日期");
        var title = FieldChecks.Required(errors, input.Title, 200, "title", "考试名称");
        if (input.Candidates is not (>= 1 and <= 100_000))
        {
            errors["candidates"] = ["参考人数应为1至100000之间的整数"];
        }

        if (input.Passed is not { } passed || passed < 0)
        {
            errors["passed"] = ["请填写合格人数（不小于0的整数）"];
        }
        else if (input.Candidates is { } candidates && passed > candidates)
        {
            errors["passed"] = ["合格人数不能多于参考人数"];
        }

        FieldChecks.ThrowIfAny(errors);
        var exam = new LawExam(region, heldOn, title!, input.Candidates!.Value, input.Passed!.Value, actor);
        db.Add(exam);
        await db.SaveChangesAsync(ct);
        return exam;
    }

    private string Region(string? systemRegion) =>
        db.Scope.WriteRegion ?? systemRegion ?? throw new DomainRuleException("请以本单位用户身份登记学法情况");

}
