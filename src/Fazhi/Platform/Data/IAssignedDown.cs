namespace Fazhi.Platform.Data;

/// <summary>
/// 交办下级 (assigned down): a row a supervising level may write into a subordinate region of its subtree, after the
/// use case has called <see cref="AppDbContext.PermitAssignmentDown"/> for that region (DESIGN.md, Regions; ADR 0002
/// "When this does not apply"). Every other row is still written to the user's own region only.
/// </summary>
public interface IAssignedDown : IRegionScoped;
