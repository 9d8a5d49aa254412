using System.Globalization;

using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.LawStudy.Sessions;

/// <summary>专题学习安排: each year's plan, its items by month and which sessions carried them out.</summary>
[Authorize(Policy = LawStudyPermissions.Read)]
public sealed class StudyPlansModel(StudyUseCases uses, StudyQueries queries, AppDbContext db) : PageModel
{
    public IReadOnlyList<PlanView> Plans { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    public bool CanRecord => User.HasClaim(FazhiClaims.Permission, LawStudyPermissions.Record);

    [BindProperty] public string? Year { get; set; }

    [BindProperty] public string? Title { get; set; }

    [BindProperty] public DateOnly? AdoptedOn { get; set; }

    /// <summary>One item a line: "3 学习《中华人民共和国行政复议法》" or "3月：…".</summary>
    [BindProperty] public string? Items { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Plans = await queries.PlansAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (!CanRecord)
        {
            return Forbid();
        }

        try
        {
            int? year = int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
            await uses.AdoptPlanAsync(new PlanInput(year, Title, AdoptedOn, ParseItems(Items)), ct);
            return Redirect("/study/plans");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
            Plans = await queries.PlansAsync(ct);
            return Page();
        }
    }

    /// <summary>Each line: a month (1–12, optionally followed by 月) then the topic; a line without a month keeps month empty (a field error).</summary>
    public static IReadOnlyList<PlanItemInput> ParseItems(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line =>
        {
            var digits = new string(line.TakeWhile(char.IsAsciiDigit).ToArray());
            var rest = line[digits.Length..].TrimStart('月', '：', ':', ' ', '、', '.').Trim();
            return new PlanItemInput(int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : null, rest);
        }).ToList();
}
