using Fazhi.Platform.Identity;

namespace Fazhi.Modules.NormativeDocuments;

/// <summary>Permissions of the 行政规范性文件 module and the roles that hold them on a new database.</summary>
public static class NormativeDocumentsPermissions
{
    public const string Read = "normative_documents.read";
    public const string Manage = "normative_documents.manage";
    public const string Cleanup = "normative_documents.cleanup";

    public static IServiceCollection AddNormativeDocumentsPermissions(this IServiceCollection services) =>
        services.AddPermissions(
            new PermissionGrant(Read, "查看规范性文件台账", Roles.LegalOffice, Roles.LegalAdviser, Roles.Leader, Roles.Supervisor, Roles.Clerk),
            new PermissionGrant(Manage, "办理规范性文件（起草、送审、登记、公布、备案、评估、废止）", Roles.LegalOffice, Roles.Clerk),
            new PermissionGrant(Cleanup, "规范性文件清理", Roles.LegalOffice));
}
