namespace Fazhi.Platform.Audit;

/// <summary>审计记录 (audit entry): one append-only row per change or security event, chained with SM3.</summary>
public sealed class AuditEntry : Data.IRegionTagged
{
    /// <summary>Position in the chain (1, 2, 3 …); unique, so two writers can never fork the chain.</summary>
    public long Sequence { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateTime At { get; set; }

    /// <summary>Login name of who acted, or "system" / "anonymous".</summary>
    public string Actor { get; set; } = "";

    /// <summary>Region the row belongs to (the record's owner, or the user's region for a sign-in).</summary>
    public string RegionCode { get; set; } = "";

    /// <summary>Insert / Update / Delete, or a security event such as SignIn, SignInFailed, LockedOut.</summary>
    public string Action { get; set; } = "";

    public string Entity { get; set; } = "";

    public string EntityId { get; set; } = "";

    /// <summary>JSON of the changed properties before the change (null on insert).</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the changed properties after the change (null on delete).</summary>
    public string? After { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
