using Fazhi.Modules.PublicConsultation.Comments;
using Fazhi.Modules.PublicConsultation.Consultations;
using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Modules.PublicConsultation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.PublicConsultation.Demo;

/// <summary>
/// 公开征求意见演示数据 of 演示镇: a 2022 draft whose comments were moderated, answered and whose 意见采纳情况 was
/// published, and a draft open for comment now (some comments still awaiting moderation). Through the module's own use
/// cases on the demo clock.
/// </summary>
public sealed class PublicConsultationDemo : IDemoData
{
    private const string Draft =
        "第一条 为规范本镇农贸市场经营秩序，保障食品安全，制定本办法。\n" +
        "第二条 本办法适用于本镇行政区域内的农贸市场及其周边临时摊点。\n" +
        "第三条 市场开办者应当建立卫生管理制度，每日清扫，每周消毒。\n" +
        "第四条 经营者应当亮证经营，明码标价，使用经检定合格的计量器具。\n" +
        "第五条 临时摊点应当在镇人民政府划定的区域和时段内经营。\n" +
        "第六条 本办法自公布之日起施行。";

    private static readonly (string Body, string? Quote)[] Comments =
    [
        ("建议明确消毒使用的药剂种类，避免对商户造成危害。", "每周消毒"),
        ("临时摊点的时段希望增加早上六点到八点，方便老人买菜。", "划定的区域和时段"),
        ("建议市场增设公平秤，方便群众复秤。", "经检定合格的计量器具"),
        ("周边道路停车难，建议一并规划停车位。", null),
        ("建议对亮证经营设置过渡期，给小商户留出办证时间。", "亮证经营"),
        ("希望增加垃圾分类的要求。", null),
        ("建议每日清扫改为每日两次，下午收市后再清扫一次。", "每日清扫"),
        ("临时摊点应当优先安排本镇困难群众。", "临时摊点"),
        ("支持出台本办法。", null),
    ];

    private static readonly string[] Groups = ["卫生管理", "经营规范", "临时摊点", "其他"];

    public string Name => "公开征求意见";

    /// <summary>Stand-alone: no other generator's records are needed.</summary>
    public int Order => 60;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<AppDbContext>();
        if (await db.Set<Consultation>().AnyAsync(c => c.RegionCode == DemoContext.Town && c.SubjectType == Consultation.Standalone, cancellationToken))
        {
            return;
        }

        var past = new DemoServices(context, new DateOnly(2022, 5, 9));
        var closed = await OpenAsync(past, "演示镇农贸市场管理办法（征求意见稿）", new DateOnly(2022, 5, 10), new DateOnly(2022, 6, 9), cancellationToken);
        await CommentAsync(context, past, closed, new DateOnly(2022, 5, 11), Comments.Length, answerAll: true, cancellationToken);
        past.Clock.Set(new DateOnly(2022, 6, 20));
        await past.Get<ManageConsultations>().PublishReportAsync(closed, cancellationToken);

        var today = LegalDate.Today(context.Services.GetRequiredService<TimeProvider>());
        var now = new DemoServices(context, today.AddDays(-6));
        var open = await OpenAsync(now, "演示镇集镇临时摊点管理规定（征求意见稿）", today.AddDays(-5), today.AddDays(25), cancellationToken);
        await CommentAsync(context, now, open, today.AddDays(-4), 5, answerAll: false, cancellationToken);
        context.Report("公开征求意见：1件已公布采纳情况，1件正在征求意见");
    }

    private static async Task<Guid> OpenAsync(DemoServices services, string title, DateOnly opens, DateOnly closes, CancellationToken ct)
    {
        var id = await services.Get<PublicConsultations>().OpenAsync(new ConsultationRequest(DemoContext.Town, Consultation.Standalone, Guid.Empty,
            title, Draft, "起草说明：为解决农贸市场及周边占道经营、卫生脏乱等问题，镇经济发展办在调研基础上起草了本办法。", "镇经济发展办", opens, closes), ct);
        await services.Get<AppDbContext>().SaveChangesAsync(ct);
        return id;
    }

    private static async Task CommentAsync(DemoContext context, DemoServices services, Guid id, DateOnly from, int count, bool answerAll, CancellationToken ct)
    {
        var submit = services.Get<SubmitComment>();
        var handle = services.Get<HandleComments>();
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            services.Clock.Set(from.AddDays(i * 2), context.Random.Next(0, 480));
            var (body, quote) = Comments[i % Comments.Length];
            var comment = await submit.ExecuteAsync(id, new CommentInput(body, i % 3 == 0 ? "居民" + (char)('甲' + i) : null, null, quote, null, null), ct);
            ids.Add(comment.Id);
        }

        services.Clock.Set(from.AddDays(count * 2));
        for (var i = 0; i < ids.Count; i++)
        {
            if (!answerAll && i >= 2)
            {
                break;
            }

            if (i == ids.Count - 2 && answerAll)
            {
                await handle.ApplyAsync(id, ids[i], "merge", new CommentAction(null, ids[0], null, null), ct);
                continue;
            }

            await handle.ApplyAsync(id, ids[i], "approve", new CommentAction(null, null, null, null), ct);
            var answer = context.Random.Next(3) switch { 0 => "Adopted", 1 => "PartlyAdopted", _ => "NotAdopted" };
            var reason = answer == "Adopted" ? null : answer == "PartlyAdopted" ? "已部分吸收，具体标准另行制定" : "不属于本办法调整范围，已转相关部门研究";
            await handle.ApplyAsync(id, ids[i], "answer", new CommentAction(reason, null, Groups[i % Groups.Length], answer), ct);
        }
    }
}
