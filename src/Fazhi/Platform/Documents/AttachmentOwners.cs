using System.Security.Claims;

using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

namespace Fazhi.Platform.Documents;

/// <summary>
/// Decides whether the caller may see the record an attachment belongs to. Runs in the request's scope, so a lookup
/// through <c>AppDbContext</c> gets the region filter; return false when the record does not exist or is not visible.
/// </summary>
public delegate Task<bool> AttachmentOwnerVisible(IServiceProvider services, string ownerId, CancellationToken cancellationToken);

/// <summary>
/// 附件归属类型 (what kind of record attachments can belong to): a module registers one per record type with the
/// permission needed to read that record's files and the check that the record exists and is visible to the caller.
/// </summary>
public sealed record AttachmentOwnerType(string Name, string ReadPermission, AttachmentOwnerVisible IsVisible);

/// <summary>The registered owner types; every upload and every read of an attachment goes through <see cref="AuthorizeAsync"/>.</summary>
public sealed class AttachmentOwners(IEnumerable<AttachmentOwnerType> types)
{
    public const int MaxOwnerTypeLength = 50;
    public const int MaxOwnerIdLength = 64;

    private readonly Dictionary<string, AttachmentOwnerType> _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _types.Keys;

    public bool IsKnown(string ownerType) => _types.ContainsKey(ownerType);

    /// <summary>
    /// 403 when the caller lacks the owner type's read permission; 404 when the owning record does not exist or lies
    /// outside the caller's data scope (never a hint which).
    /// </summary>
    public async Task AuthorizeAsync(ClaimsPrincipal user, IServiceProvider services, string ownerType, string ownerId, CancellationToken cancellationToken)
    {
        if (!_types.TryGetValue(ownerType, out var type))
        {
            throw new RecordNotFoundException();
        }

        if (!user.HasClaim(FazhiClaims.Permission, type.ReadPermission))
        {
            throw new DomainRuleException("没有查看该附件所属记录的权限", statusCode: StatusCodes.Status403Forbidden);
        }

        if (!await type.IsVisible(services, ownerId, cancellationToken))
        {
            throw new RecordNotFoundException();
        }
    }
}

public static class AttachmentOwnerRegistration
{
    /// <summary>Lets attachments belong to records of this type (call from the module's AddX).</summary>
    public static IServiceCollection AddAttachmentOwner(this IServiceCollection services, string name, string readPermission, AttachmentOwnerVisible isVisible)
    {
        if (name.Length is 0 or > AttachmentOwners.MaxOwnerTypeLength)
        {
            throw new ArgumentException($"owner type name must be 1–{AttachmentOwners.MaxOwnerTypeLength} characters", nameof(name));
        }

        return services.AddSingleton(new AttachmentOwnerType(name, readPermission, isVisible));
    }
}
