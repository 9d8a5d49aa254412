using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Platform.Numbering;

/// <summary>编号规则 (numbering scheme): the pattern and 机关代字 a region uses for one kind of public number.</summary>
public sealed class NumberingScheme : IRegionScoped
{
    private NumberingScheme()
    {
    }

    public NumberingScheme(string regionCode, string kind, string pattern, string? prefix, string? description)
    {
        RegionCode = regionCode;
        Kind = kind;
        Change(pattern, prefix, description);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>编号种类, e.g. <c>document</c> (文号), <c>enforcement.case</c> (案号); modules name their own.</summary>
    public string Kind { get; private set; } = "";

    /// <summary>编号格式, see <see cref="NumberPattern"/>.</summary>
    public string Pattern { get; private set; } = NumberPattern.Default;

    /// <summary>机关代字, e.g. 演府 or 演综执罚.</summary>
    public string? Prefix { get; private set; }

    /// <summary>说明, e.g. 镇政府发文.</summary>
    public string? Description { get; private set; }

    public void Change(string pattern, string? prefix, string? description)
    {
        var error = NumberPattern.Validate(pattern, prefix);
        if (error is not null)
        {
            throw new Web.FieldValidationException("pattern", error);
        }

        Pattern = pattern.Trim();
        Prefix = string.IsNullOrWhiteSpace(prefix) ? null : prefix.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }
}

/// <summary>
/// 编号计数器: the last sequence issued for (region, kind, year). Only ever changed by one atomic
/// <c>UPDATE … SET last = last + 1 … RETURNING</c> inside the issuing transaction (see <see cref="IssueNumber"/>).
/// </summary>
public sealed class NumberCounter : IRegionScoped
{
    public string RegionCode { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public int Year { get; private set; }

    public long Last { get; private set; }
}

/// <summary>已发编号 (issued number): the ledger of every public number given out, and to what.</summary>
public sealed class IssuedNumber : IRegionScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string RegionCode { get; init; } = "";

    public string Kind { get; init; } = "";

    public int Year { get; init; }

    /// <summary>序号 within (region, kind, year): 1, 2, 3 … without gaps.</summary>
    public long Sequence { get; init; }

    /// <summary>The number as printed, e.g. 演府〔2022〕5号.</summary>
    public string Text { get; init; } = "";

    /// <summary>Entity type of what the number was given to (e.g. EnforcementCase), when known.</summary>
    public string? SubjectType { get; init; }

    public string? SubjectId { get; init; }

    public DateTime IssuedAt { get; init; }

    /// <summary>Login of who took the number, or "system".</summary>
    public string IssuedBy { get; init; } = "";
}

internal sealed class NumberingSchemeConfiguration : IEntityTypeConfiguration<NumberingScheme>
{
    public void Configure(EntityTypeBuilder<NumberingScheme> b)
    {
        b.ToTable("numbering_schemes");
        b.HasKey(s => s.Id);
        b.Property(s => s.Kind).HasMaxLength(IssueNumber.MaxKindLength).IsRequired();
        b.Property(s => s.Pattern).HasMaxLength(NumberPattern.MaxLength).IsRequired();
        b.Property(s => s.Prefix).HasMaxLength(30);
        b.Property(s => s.Description).HasMaxLength(100);
        b.HasIndex(s => new { s.RegionCode, s.Kind }).IsUnique();
    }
}

internal sealed class NumberCounterConfiguration : IEntityTypeConfiguration<NumberCounter>
{
    public void Configure(EntityTypeBuilder<NumberCounter> b)
    {
        b.ToTable("number_counters");
        b.HasKey(c => new { c.RegionCode, c.Kind, c.Year });
        b.Property(c => c.Kind).HasMaxLength(IssueNumber.MaxKindLength);
    }
}

internal sealed class IssuedNumberConfiguration : IEntityTypeConfiguration<IssuedNumber>
{
    public void Configure(EntityTypeBuilder<IssuedNumber> b)
    {
        b.ToTable("issued_numbers");
        b.HasKey(n => n.Id);
        b.Property(n => n.Kind).HasMaxLength(IssueNumber.MaxKindLength).IsRequired();
        b.Property(n => n.Text).HasMaxLength(200).IsRequired();
        b.Property(n => n.SubjectType).HasMaxLength(100);
        b.Property(n => n.SubjectId).HasMaxLength(100);
        b.Property(n => n.IssuedBy).HasMaxLength(100);
        // The guarantees in the schema itself: one row per sequence, and no printed number twice for one kind. Two kinds
        // left on the default pattern print alike (their sequences differ only by kind), which is why a kind that is
        // published gets a scheme with its own 机关代字.
        b.HasIndex(n => new { n.RegionCode, n.Kind, n.Year, n.Sequence }).IsUnique();
        b.HasIndex(n => new { n.RegionCode, n.Kind, n.Text }).IsUnique();
    }
}
