using System.Text.RegularExpressions;

using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>公开征求意见 end to end: staff open a draft, the public comments on a selected passage, moderation, answer, report.</summary>
[Collection(SharedApp.Name)]
public sealed partial class PublicConsultationTests(AppProcess app)
{
    private const string Passage = "市场开办者应当建立卫生管理制度";

    [Fact]
    public async Task PassageComment_IsModerated_Adopted_AndListedInTheAdoptionReport()
    {
        // A staff user opens a standalone consultation (dates prefilled with today and today + 30 days).
        var staff = await SignInAsync("demo.legal-office");
        await staff.GotoAsync(app.BaseUrl + "/consultations/new");
        await staff.FillAsync("#Title", "某镇集贸市场管理办法（征求意见稿）");
        await staff.FillAsync("#OrganizingUnit", "镇经济发展办");
        await staff.FillAsync("#DraftText", "第一条 为规范本镇集贸市场管理，制定本办法。\n第二条 " + Passage + "，明确专人负责。\n第三条 本办法自公布之日起施行。");
        await staff.FillAsync("#Explanation", "起草说明：为改善市场环境，起草本办法。");
        await staff.ClickAsync("#open-consultation");
        await staff.WaitForURLAsync(new Regex("/consultations/[0-9a-f-]{36}$"));
        var id = IdPattern().Match(staff.Url).Value;

        // A member of the public selects a passage of the draft and comments on it.
        var dialogs = 0;
        var visitor = await app.NewPageAsync();
        visitor.Dialog += (_, d) =>
        {
            dialogs++;
            _ = d.DismissAsync();
        };
        await visitor.GotoAsync(app.BaseUrl + "/portal/consultations/" + id);
        Assert.Contains("还剩", await visitor.InnerTextAsync("#countdown"));
        await visitor.EvaluateAsync(@"passage => {
            const text = document.getElementById('draft').firstChild;
            const start = text.data.indexOf(passage);
            const range = document.createRange();
            range.setStart(text, start);
            range.setEnd(text, start + passage.length);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
        }", Passage);
        await visitor.ClickAsync("#quote-selection");
        Assert.Equal(Passage, await visitor.InnerTextAsync("#quote-preview"));
        Assert.Equal(Passage, await visitor.InputValueAsync("#quote-field"));
        await visitor.FillAsync("#Body", "建议明确专人的培训要求<script>alert(1)</script>");
        await visitor.FillAsync("#Phone", "13912345678");
        await visitor.ClickAsync("#submit-comment");
        await visitor.WaitForSelectorAsync("#submitted");
        Assert.DoesNotContain("建议明确专人的培训要求", await visitor.InnerTextAsync("#public-comments"));

        // A moderator approves it; the lead unit marks it adopted.
        var moderator = await SignInAsync("demo.clerk");
        await moderator.GotoAsync(app.BaseUrl + $"/consultations/{id}?status=Pending");
        var comment = moderator.Locator(".staff-comment", new() { HasText = "建议明确专人的培训要求" });
        Assert.Contains("已留联系电话", await comment.InnerTextAsync());
        Assert.DoesNotContain("13912345678", await moderator.ContentAsync());
        await comment.Locator("button.approve").ClickAsync();
        await moderator.WaitForURLAsync(new Regex($"/consultations/{id}"));
        await moderator.GotoAsync(app.BaseUrl + $"/consultations/{id}?status=Approved");
        comment = moderator.Locator(".staff-comment", new() { HasText = "建议明确专人的培训要求" });
        await comment.Locator("input[name=groupLabel]").FillAsync("卫生管理");
        await comment.Locator("select[name=answer]").SelectOptionAsync("Adopted");
        await comment.Locator("button.answer-submit").ClickAsync();
        await moderator.WaitForSelectorAsync(".staff-comment .answer");
        Assert.Contains("采纳", await moderator.InnerTextAsync(".staff-comment .answer"));

        // The adoption report page lists it with its passage and answer.
        await moderator.GotoAsync(app.BaseUrl + $"/consultations/{id}/report");
        var report = await moderator.InnerTextAsync("#report");
        Assert.Contains("卫生管理", report);
        Assert.Contains("建议明确专人的培训要求<script>alert(1)</script>", report);
        Assert.Contains(Passage, report);
        Assert.Contains("采纳", await moderator.InnerTextAsync("#report .report-answer"));

        // On the portal the approved comment shows its anchored quote, and the markup stays text.
        await visitor.GotoAsync(app.BaseUrl + "/portal/consultations/" + id);
        Assert.Equal(Passage, await visitor.InnerTextAsync(".public-comment mark"));
        Assert.Contains("<script>alert(1)</script>", await visitor.InnerTextAsync(".public-comment .comment-body"));
        Assert.DoesNotContain("13912345678", await visitor.ContentAsync());
        Assert.Equal(0, dialogs);
        Directory.CreateDirectory(AppProcess.Artifacts);
        await visitor.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppProcess.Artifacts, "consultation-portal.png"), FullPage = true });
    }

    private Task<IPage> SignInAsync(string login) => app.SignInAsync(login);

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex IdPattern();
}
