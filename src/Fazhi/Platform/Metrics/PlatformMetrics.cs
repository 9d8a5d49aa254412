using Fazhi.Platform.Audit;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Metrics;

/// <summary>The figures the kernel itself owns (modules register theirs in their own Metrics/ folder).</summary>
public static class PlatformMetrics
{
    public const string ActiveUsersKey = "platform.active_users";

    /// <summary>
    /// 启用账户数: accounts of the subtree that existed at the end of the year and were not disabled (locked until year
    /// 9999, Identity's way of disabling). When an account was created is read from the audit trail (its Insert row),
    /// because the account row carries no creation time; a deleted account no longer counts in any year.
    /// </summary>
    public static readonly MetricDefinition ActiveUsers = new(
        ActiveUsersKey,
        "启用账户数",
        "个",
        "截至所选年度末（北京时间12月31日24时）已创建、所属区划在本区域（含下级）内且未被停用的用户账户数。创建时间取审计记录中的账户新增记录；已删除的账户不计入。",
        "平台·用户与权限",
        CountActiveUsersAsync);

    private static async Task<MetricResult> CountActiveUsersAsync(Data.AppDbContext db, MetricScope scope, CancellationToken ct)
    {
        var prefix = scope.SubtreePrefix;
        var ends = scope.EndsAtUtc;
        var createdBefore = (await db.Set<AuditEntry>().AsNoTracking()
                .InSubtree(prefix).Where(a => a.Entity == nameof(AppUser) && a.Action == "Insert" && a.At < ends)
                .Select(a => a.EntityId)
                .ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        // LockoutEnd is a DateTimeOffset, which SQLite cannot compare in SQL; a subtree's accounts are few, so filter here.
        var users = await db.Users.AsNoTracking()
            .InSubtree(prefix)
            .OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.LockoutEnd })
            .ToListAsync(ct);

        return MetricResult.CountOf(users
            .Where(u => createdBefore.Contains(u.Id.ToString()) && u.LockoutEnd is not { Year: 9999 })
            .Select(u => new MetricRecord(nameof(AppUser), u.Id.ToString(), $"{u.DisplayName}（{u.UserName}）")));
    }
}
