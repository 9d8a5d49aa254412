namespace Fazhi.Platform.Identity;

/// <summary>Permissions of the kernel (constants; which role holds which is data, see <see cref="RolePermission"/>).</summary>
public static class PlatformPermissions
{
    public const string RegionsRead = "platform.regions.read";
    public const string RegionsManage = "platform.regions.manage";
    public const string UsersManage = "platform.users.manage";
    public const string AuditRead = "platform.audit.read";
    public const string CalendarManage = "platform.calendar.manage";
    public const string MetricsRead = "platform.metrics.read";
    public const string ProceduresRead = "platform.procedures.read";
    public const string AttachmentsWrite = "platform.attachments.write";
    public const string NumberingIssue = "platform.numbering.issue";
    public const string TokensManage = "platform.tokens.manage";

    public static readonly IReadOnlyList<string> All =
    [
        RegionsRead, RegionsManage, UsersManage, AuditRead, CalendarManage, MetricsRead, ProceduresRead,
        AttachmentsWrite, NumberingIssue, TokensManage,
    ];
}
