using System.Net;
using System.Text.RegularExpressions;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.FairCompetition;

/// <summary>The same rules through the pages: register, identify, checklist, conclusion, issue; refusals show their article.</summary>
public sealed partial class FairCompetitionPageTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private async Task<HttpClient> ClientAsync() => await factory.SignedInClientAsync(await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice));

    private static async Task<string> RegisterAsync(HttpClient client, string title, string draftedOn = "2025-05-06")
    {
        var response = await FazhiFactory.PostFormAsync(client, "/fair-competition/new",
            new() { ["Title"] = title, ["DraftingUnit"] = "经济发展办", ["Kind"] = "NormativeDocument", ["DraftedOn"] = draftedOn, ["Summary"] = "对本镇企业给予奖励" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string handler, Dictionary<string, string> fields) =>
        FazhiFactory.PostFormAsync(client, $"{path}?handler={handler}", fields, path);

    private static async Task FollowsAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The checklist form fields: every item with the given verdict (or none), as the page posts them.</summary>
    private static async Task<Dictionary<string, string>> ChecklistAsync(HttpClient client, string path, Func<int, string?> verdict)
    {
        var page = await client.GetStringAsync(path);
        var codes = CodeField().Matches(page).Select(m => (Index: m.Groups[1].Value, Code: m.Groups[2].Value)).ToList();
        Assert.NotEmpty(codes);
        var fields = new Dictionary<string, string>();
        foreach (var (index, code) in codes)
        {
            fields[$"Answers[{index}].StandardCode"] = code;
            if (verdict(int.Parse(index)) is { } v)
            {
                fields[$"Answers[{index}].Verdict"] = v;
                fields[$"Answers[{index}].Note"] = "第三条";
            }
        }

        return fields;
    }

    [Fact]
    public async Task Page_2022Measure_ShowsThe2021RulesChecklist_And2025Measure_TheRegulationChecklist()
    {
        var client = await ClientAsync();
        var old = await RegisterAsync(client, "2022年页面措施", "2022-06-01");
        await FollowsAsync(PostAsync(client, old, "determine", new() { ["AffectsBusiness"] = "true", ["Reason"] = "涉及奖励" }));
        var page = await client.GetStringAsync(old);
        Assert.Contains("《公平竞争审查制度实施细则》第十三条第（一）项", page);
        Assert.DoesNotContain("《公平竞争审查条例》第八条", page);
        Assert.Contains("条文待核实", page);

        var current = await RegisterAsync(client, "2025年页面措施");
        await FollowsAsync(PostAsync(client, current, "determine", new() { ["AffectsBusiness"] = "true", ["Reason"] = "涉及奖励" }));
        page = await client.GetStringAsync(current);
        Assert.Contains("《公平竞争审查条例》第十一条第（四）项", page);
    }

    [Fact]
    public async Task Page_Conclude_IsRefused_WhileAnItemIsUnanswered_ThenAllowed_AndTheTimelineShowsWhoDidWhat()
    {
        var client = await ClientAsync();
        var path = await RegisterAsync(client, "页面逐项审查措施");
        await FollowsAsync(PostAsync(client, path, "determine", new() { ["AffectsBusiness"] = "true", ["Reason"] = "涉及招投标" }));
        await FollowsAsync(PostAsync(client, path, "answers", await ChecklistAsync(client, path, i => i == 0 ? null : "Complies")));

        var refused = await PostAsync(client, path, "conclude", new() { ["Text"] = "符合审查标准" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("未逐项审查", body);
        Assert.Contains("第十七条", body);

        await FollowsAsync(PostAsync(client, path, "answers", await ChecklistAsync(client, path, _ => "Complies")));
        await FollowsAsync(PostAsync(client, path, "conclude", new() { ["Text"] = "经逐项审查，符合审查标准。", ["Consultation"] = "听取了镇商会意见" }));
        var page = await client.GetStringAsync(path);
        Assert.Contains("符合审查标准", page);
        Assert.Contains("可以出台", page);
        Assert.Contains("作出书面审查结论", page);
        Assert.Contains("测试用户", page);
    }

    [Fact]
    public async Task Page_Exception_WithoutTerminationCondition_IsRefused_CitingArticle12()
    {
        var client = await ClientAsync();
        var path = await RegisterAsync(client, "页面例外规定措施");
        await FollowsAsync(PostAsync(client, path, "determine", new() { ["AffectsBusiness"] = "true", ["Reason"] = "涉及补贴" }));
        var fields = await ChecklistAsync(client, path, i => i == 0 ? "Exception" : null);
        fields["Answers[0].ExceptionGround"] = "为实现节约能源、保护环境、救灾救助等社会公共利益";
        fields["Answers[0].ExceptionJustification"] = "节能环保";
        fields["Answers[0].NoLessRestrictiveAlternative"] = "true";
        var refused = await PostAsync(client, path, "answers", fields);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("《公平竞争审查条例》第十二条", await refused.Content.ReadAsStringAsync());

        fields["Answers[0].TerminationCondition"] = "2027年12月31日止";
        await FollowsAsync(PostAsync(client, path, "answers", fields));
    }

    [Fact]
    public async Task Page_Issue_IsRefused_WhenNotReviewed_AndWhenViolating_AllowedWhenCompliant()
    {
        var client = await ClientAsync();
        var path = await RegisterAsync(client, "页面出台措施");
        var refused = await PostAsync(client, path, "issue", new() { ["Reference"] = "演府〔2026〕9号" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("《公平竞争审查条例》第十八条", body);
        Assert.Contains("未经公平竞争审查", body);

        await FollowsAsync(PostAsync(client, path, "determine", new() { ["AffectsBusiness"] = "true", ["Reason"] = "涉及" }));
        await FollowsAsync(PostAsync(client, path, "answers", await ChecklistAsync(client, path, i => i == 1 ? "Violates" : "Complies")));
        await FollowsAsync(PostAsync(client, path, "conclude", new() { ["Text"] = "违反审查标准" }));
        refused = await PostAsync(client, path, "issue", new() { ["Reference"] = "演府〔2026〕9号" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("不得出台", await refused.Content.ReadAsStringAsync());

        await FollowsAsync(PostAsync(client, path, "revise", new() { ["Note"] = "删除违规条款" }));
        await FollowsAsync(PostAsync(client, path, "answers", await ChecklistAsync(client, path, _ => "Complies")));
        await FollowsAsync(PostAsync(client, path, "conclude", new() { ["Text"] = "修改后符合" }));
        await FollowsAsync(PostAsync(client, path, "issue", new() { ["Reference"] = "演府〔2026〕9号" }));
        var page = await client.GetStringAsync(path);
        Assert.Contains("已出台", page);
        Assert.Contains("经修改后符合审查标准", page);
    }

    [Fact]
    public async Task Page_List_FiltersSortsAndPages_AndLinksTheExport()
    {
        var client = await ClientAsync();
        var token = Guid.NewGuid().ToString("N")[..8];
        await RegisterAsync(client, $"{token}B措施");
        await RegisterAsync(client, $"{token}A措施");
        var page = await client.GetStringAsync($"/fair-competition?q={token}&sort=title");
        Assert.Contains("共 2 件", page);
        Assert.True(page.IndexOf($"{token}B措施", StringComparison.Ordinal) > page.IndexOf($"{token}A措施", StringComparison.Ordinal));
        Assert.Contains("/api/fair-competition/reviews/export.xlsx?q=" + token, page);
        Assert.Contains("共 0 件", await client.GetStringAsync($"/fair-competition?q={token}&status=Issued"));
        var bad = await client.GetAsync("/fair-competition?status=nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("状态不正确", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_Register_ValidatesInChinese()
    {
        var client = await ClientAsync();
        var response = await FazhiFactory.PostFormAsync(client, "/fair-competition/new", new() { ["Title"] = "", ["DraftingUnit"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("请填写政策措施名称", body);
        Assert.Contains("请填写起草单位", body);
    }

    [GeneratedRegex("name=\"Answers\\[(\\d+)\\].StandardCode\" value=\"([^\"]+)\"")]
    private static partial Regex CodeField();
}
