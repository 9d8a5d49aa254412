using Fazhi.Modules.Services.Domain;

namespace Fazhi.Modules.Services.Catalog;

/// <summary>事项 as the API and the portal show it (the 办事指南 fields).</summary>
public sealed record MatterView(Guid Id, string RegionCode, string Code, string Name, string Department, string Type, string TypeName, string LegalBasis,
    int StatutoryDays, int CommittedDays, bool Instant, string Materials, string Fee, string Channels, bool VillageAccepted, string Category, DateOnly ListedOn)
{
    public static MatterView Of(ServiceMatter m) => new(m.Id, m.RegionCode, m.Code, m.Name, m.Department, m.Type.ToString(), MatterCatalog.TypeName(m.Type), m.LegalBasis,
        m.StatutoryDays, m.CommittedDays, m.IsInstant, m.Materials, m.FeeFen == 0 ? "不收费" : $"{Fazhi.Platform.Spreadsheets.Cells.Yuan(m.FeeFen)}元",
        ServiceMatter.ChannelNames(m.Channels), m.VillageAccepted, m.Category, m.ListedOn);
}
