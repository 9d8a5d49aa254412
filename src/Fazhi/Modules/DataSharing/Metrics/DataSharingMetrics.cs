using Fazhi.Modules.DataSharing.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.DataSharing.Metrics;

/// <summary>
/// The figures of 政务数据共享 ("推动数据资源目录在‘一网共享’平台挂接……按时限完成数据共享的审批"), each with its records.
/// </summary>
public static class DataSharingMetrics
{
    private const string Module = "数据共享";

    public static readonly MetricDefinition Resources = new(
        "sharing.resources", "挂接数据资源数", "项",
        "截至期末在数据资源目录中挂接的本单位数据资源项数（按挂接日期）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await db.Set<DataResource>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(r => r.RegisteredOn < scope.EndDay)
                .OrderBy(r => r.RegionCode).ThenBy(r => r.Code).ToListAsync(ct);
            return MetricResult.CountOf(rows.Select(r => new MetricRecord(nameof(DataResource), r.Id.ToString(),
                $"{r.Code} {r.Name}（{DisplayNames.Of(r.ShareType)}，{r.RegisteredOn:yyyy-MM-dd}挂接）")));
        });

    public static readonly MetricDefinition Requests = new(
        "sharing.requests", "数据共享申请数", "件",
        "期间内收到的其他部门数据共享申请件数（按收到日期）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await db.Set<SharingRequest>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(r => r.ReceivedOn >= scope.FirstDay && r.ReceivedOn < scope.EndDay)
                .OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id).ToListAsync(ct);
            return MetricResult.CountOf(rows.Select(r => new MetricRecord(nameof(SharingRequest), r.Id.ToString(),
                $"{r.ReceivedOn:yyyy-MM-dd} {r.Applicant}申请（{DisplayNames.Of(r.Status)}）")));
        });

    public static readonly MetricDefinition OnTimeRate = new(
        "sharing.on_time_rate", "数据共享申请按时答复率", "%",
        "分子：答复期限在期间内、且在期限内作出同意或不予同意答复的申请件数；分母：答复期限在期间内的申请件数（期限已过仍未答复的计入分母）。答复期限为收到申请后若干个工作日（设置项）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await db.Set<SharingRequest>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(r => r.ReplyDue >= scope.FirstDay && r.ReplyDue < scope.EndDay)
                .OrderBy(r => r.ReplyDue).ThenBy(r => r.Id).ToListAsync(ct);
            var onTime = rows.Count(r => r.DecidedOn is { } on && on <= r.ReplyDue);
            return MetricResult.Rate(onTime, rows.Count, rows.Select(r => new MetricRecord(nameof(SharingRequest), r.Id.ToString(),
                $"{r.Applicant}：{r.ReplyDue:yyyy-MM-dd}前答复，{(r.DecidedOn is { } d ? $"{d:yyyy-MM-dd}答复" : "未答复")}")));
        },
        MetricKind.Rate);

    public static readonly IReadOnlyList<MetricDefinition> All = [Resources, Requests, OnTimeRate];
}
