using Fazhi.Platform.Identity;

namespace Fazhi.Modules.Indicators;

/// <summary>数据报送 permissions and their default holders.</summary>
public static class IndicatorsPermissions
{
    public const string Read = "indicators.read";
    public const string Submit = "indicators.submit";
    public const string Review = "indicators.review";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看部门报送的统计数据及报送情况", Roles.LegalOffice, Roles.Leader, Roles.Clerk, Roles.Supervisor),
        new(Submit, "报送本部门统计数据（含台账导入）", Roles.Clerk, Roles.LegalOffice, Roles.ServiceCenter, Roles.Enforcement),
        new(Review, "审核部门报送的统计数据（采用或退回）", Roles.LegalOffice),
    ];
}
