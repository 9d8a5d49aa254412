using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using DocumentFormat.OpenXml.Packaging;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Modules.PublicConsultation.Domain;
using Fazhi.Modules.PublicConsultation.Metrics;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.PublicConsultation;

/// <summary>Opening a consultation, moderation and answers, the 意见采纳情况 report and its publication, the figures.</summary>
public sealed class AdoptionReportTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    [Fact]
    public async Task WindowUnder30DaysWithoutUrgencyReason_IsRefusedCitingArticle15_Api()
    {
        var api = await ConsultationApi.CreateAsync(factory);

        var response = await api.Staff.PostAsJsonAsync("/api/consultations", new
        {
            title = "某镇停车管理办法（征求意见稿）",
            draftText = "第一条",
            explanation = "说明",
            organizingUnit = "综合办",
            opensOn = api.Today,
            closesOn = api.Today.AddDays(20),
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("第十五条", problem.GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task WindowUnder30DaysWithoutUrgencyReason_IsRefusedCitingArticle15_Page()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var client = await factory.SignedInClientAsync(login);
        var today = Fazhi.Platform.Procedures.LegalDate.Today(factory.Clock);
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "某镇停车管理办法（征求意见稿）",
            ["OrganizingUnit"] = "综合办",
            ["DraftText"] = "第一条 停车。",
            ["Explanation"] = "说明",
            ["OpensOn"] = today.ToString("yyyy-MM-dd"),
            ["ClosesOn"] = today.AddDays(15).ToString("yyyy-MM-dd"),
        };

        var refused = await FazhiFactory.PostFormAsync(client, "/consultations/new", fields);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("少于30日", html);
        Assert.Contains("第十五条", html);

        fields["UrgencyReason"] = "防汛需要，情况紧急";
        var opened = await FazhiFactory.PostFormAsync(client, "/consultations/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.StartsWith("/consultations/", opened.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task PartlyOrNotAdopted_RequiresAReason()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var id = await api.OpenAsync();
        var commentId = await api.CommentIdAsync(id, "建议取消收费");
        Assert.Equal(HttpStatusCode.Conflict, (await api.ActAsync(id, commentId, "answer", new { answer = "Adopted" })).StatusCode);
        await api.ActAsync(id, commentId, "approve");

        var refused = await api.ActAsync(id, commentId, "answer", new { answer = "NotAdopted" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("说明理由", await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await api.ActAsync(id, commentId, "answer", new { answer = "NotAdopted", reason = "收费标准由上级核定" })).StatusCode);
    }

    [Fact]
    public async Task AdoptionReport_ListsAnsweredCommentsByGroup_WithQuoteAndAnswer_PageApiAndDocx()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var id = await api.OpenAsync();
        var first = await api.CommentIdAsync(id, "建议延长营业时间", quote: "市场开办者应当建立卫生管理制度");
        var second = await api.CommentIdAsync(id, "建议减免摊位费");
        var duplicate = await api.CommentIdAsync(id, "建议减免摊位费！");
        var hidden = await api.CommentIdAsync(id, "无关广告");
        await api.ActAsync(id, first, "approve");
        await api.ActAsync(id, second, "approve");
        Assert.Equal(HttpStatusCode.OK, (await api.ActAsync(id, duplicate, "merge", new { targetId = second })).StatusCode);
        await api.ActAsync(id, hidden, "hide", new { reason = "广告" });
        await api.ActAsync(id, first, "answer", new { answer = "Adopted", groupLabel = "营业管理" });
        await api.ActAsync(id, second, "answer", new { answer = "PartlyAdopted", groupLabel = "收费", reason = "对困难经营户减半收取" });

        var report = await api.JsonAsync($"/api/consultations/{id}/report");
        Assert.Equal(3, report.GetProperty("received").GetInt32());
        Assert.Equal(1, report.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, report.GetProperty("unanswered").GetInt32());
        var groups = report.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["营业管理", "收费"], groups.Select(g => g.GetProperty("label").GetString()));
        var answered = groups[1].GetProperty("comments")[0];
        Assert.Equal("部分采纳", answered.GetProperty("answer").GetString());
        Assert.Equal(1, answered.GetProperty("duplicates").GetInt32());
        Assert.Equal("市场开办者应当建立卫生管理制度", groups[0].GetProperty("comments")[0].GetProperty("quote").GetString());

        var page = await api.Staff.GetStringAsync($"/consultations/{id}/report");
        Assert.Contains("建议延长营业时间", page);
        Assert.Contains("对困难经营户减半收取", page);
        Assert.DoesNotContain("无关广告", page);

        var docx = await api.Staff.GetByteArrayAsync($"/api/consultations/{id}/report.docx");
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("建议延长营业时间", text);
        Assert.Contains("针对原文：“市场开办者应当建立卫生管理制度”", text);
        Assert.Contains("处理情况：部分采纳。理由：对困难经营户减半收取", text);
    }

    [Fact]
    public async Task Publish_IsRefusedWhileCommentsAreUnanswered_ThenPublishedOnThePortal()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var closed = await api.OpenClosedAsync();
        Guid commentId;
        Guid subject;
        await using (var scope = factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var consultation = await db.Set<Consultation>().SingleAsync(c => c.Id == closed);
            subject = consultation.SubjectId;
            var comment = new PublicComment(consultation, "期限内收到的意见", null, null, null, factory.Clock.GetUtcNow().UtcDateTime.AddDays(-20));
            db.Add(comment);
            await db.SaveChangesAsync();
            commentId = comment.Id;
        }

        var status = await StatusAsync(subject);
        Assert.True(status.WindowClosed);
        Assert.Equal(1, status.Unanswered);
        Assert.False(status.Done);
        var refused = await Assert.ThrowsAsync<Fazhi.Platform.Web.DomainRuleException>(() => PublishAsync(subject));
        Assert.Contains("未审核或未作采纳答复", refused.Message);
        Assert.Contains("第十八条", refused.LegalBasis);

        await api.ActAsync(closed, commentId, "approve");
        Assert.False((await StatusAsync(subject)).Done);
        await api.ActAsync(closed, commentId, "answer", new { answer = "Adopted" });
        Assert.True((await StatusAsync(subject)).Done);
        await PublishAsync(subject);

        var portal = await api.PublicClient().GetStringAsync($"/portal/consultations/{closed}");
        Assert.Contains("意见采纳情况", portal);
        Assert.Contains("期限内收到的意见", portal);
        Assert.True((await StatusAsync(subject)).AdoptionReportPublished);
    }

    [Fact]
    public async Task PublishStandalone_IsRefusedWhileTheWindowIsOpen_Api()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var id = await api.OpenAsync();

        var response = await api.Staff.PostAsync($"/api/consultations/{id}/publish-report", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("届满", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ledger_FiltersAndExportsToExcel()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var id = await api.OpenAsync();
        await api.CommentIdAsync(id, "台账测试意见");

        var open = await api.JsonAsync("/api/consultations?phase=open&sort=closes");
        Assert.Contains(open.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        var published = await api.JsonAsync("/api/consultations?phase=published");
        Assert.DoesNotContain(published.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Staff.GetAsync("/api/consultations?phase=nonsense")).StatusCode);

        var xlsx = await api.Staff.GetAsync("/api/consultations/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var comments = await api.Staff.GetAsync($"/api/consultations/{id}/comments/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, comments.StatusCode);
        Assert.Contains("/consultations/" + id, await api.Staff.GetStringAsync("/consultations?phase=open"));
    }

    [Fact]
    public async Task Figures_CountReceivedWithoutMergedDuplicates_AndRateOverAnswered()
    {
        const string region = "441900177";
        var at = factory.Clock.GetUtcNow().UtcDateTime;
        var ids = new List<Guid>();
        await using (var scope = factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var consultation = new Consultation(region, Consultation.Standalone, Guid.Empty, "指标样例", "草案", "说明", "办", new DateOnly(2026, 1, 1),
                new DateOnly(2026, 2, 1), null, "system", at);
            db.Add(consultation);
            var adopted = new PublicComment(consultation, "采纳的", null, null, null, at);
            adopted.Approve("t", at);
            adopted.AnswerWith(AdoptionAnswer.Adopted, null, "t", at);
            var rejected = new PublicComment(consultation, "不采纳的", null, null, null, at);
            rejected.Approve("t", at);
            rejected.AnswerWith(AdoptionAnswer.NotAdopted, "理由", "t", at);
            var merged = new PublicComment(consultation, "重复的", null, null, null, at);
            merged.MergeInto(adopted.Id, "t", at);
            var hidden = new PublicComment(consultation, "隐藏的", null, null, null, at);
            hidden.Hide("广告", "t", at);
            db.AddRange(adopted, rejected, merged, hidden);
            await db.SaveChangesAsync();
            ids.AddRange([adopted.Id, rejected.Id, hidden.Id]);
        }

        await using var read = factory.SystemScope();
        var context = read.ServiceProvider.GetRequiredService<AppDbContext>();
        var metricScope = new MetricScope(region, region, 2026);
        var received = await ConsultationMetrics.Received.Query(context, metricScope, CancellationToken.None);
        Assert.Equal(3, received.Value);
        Assert.Equal(ids.Select(i => i.ToString()).Order(), received.Records.Select(r => r.Id).Order());
        var rate = await ConsultationMetrics.AdoptedRate.Query(context, metricScope, CancellationToken.None);
        Assert.Equal(1, rate.Numerator);
        Assert.Equal(2, rate.Denominator);
        Assert.Equal(0, (await ConsultationMetrics.Received.Query(context, metricScope.ForYear(2025), CancellationToken.None)).Value);
        Assert.Contains(read.ServiceProvider.GetRequiredService<MetricCatalog>().All, m => m.Key == "public_comments.adopted_rate");
    }

    private async Task<ConsultationStatus> StatusAsync(Guid subject)
    {
        await using var scope = factory.SystemScope();
        return (await scope.ServiceProvider.GetRequiredService<IPublicConsultations>().StatusAsync("major_decisions.decision", subject))!;
    }

    private async Task PublishAsync(Guid subject)
    {
        await using var scope = factory.SystemScope();
        await scope.ServiceProvider.GetRequiredService<IPublicConsultations>().PublishAdoptionReportAsync("major_decisions.decision", subject,
            Fazhi.Platform.Procedures.LegalDate.Today(factory.Clock));
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
    }
}
