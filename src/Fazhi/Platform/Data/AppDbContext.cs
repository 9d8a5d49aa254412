using System.Linq.Expressions;

using Fazhi.Platform.Identity;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Data;

/// <summary>
/// The one unit of work. Entity configurations are found in the assembly (kernel and modules alike), and every
/// <see cref="IRegionScoped"/> entity gets the region filter, so a module cannot forget it.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, IRegionScope scope)
    : IdentityDbContext<AppUser, AppRole, Guid>(options)
{
    public IRegionScope Scope { get; } = scope;

    private readonly HashSet<string> _assignedDownTo = new(StringComparer.Ordinal);

    /// <summary>
    /// Lets this unit of work write <see cref="IAssignedDown"/> rows into <paramref name="regionCode"/>, a region strictly
    /// below the user's own within the readable subtree (交办). Any other region is refused as a write to another region.
    /// </summary>
    public void PermitAssignmentDown(string regionCode)
    {
        if (Scope.WriteRegion is null)
        {
            return;
        }

        if (Scope.ReadPrefix is not { } prefix || regionCode == Scope.WriteRegion || !regionCode.StartsWith(prefix, StringComparison.Ordinal)
            || regionCode.Length <= Scope.WriteRegion.Length)
        {
            throw new RegionWriteDeniedException(regionCode);
        }

        _assignedDownTo.Add(regionCode);
    }

    // Read by the query filter on every query: EF parameterises context members, so one model serves all users.
    internal string? ReadPrefix => Scope.ReadPrefix;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (!typeof(IRegionScoped).IsAssignableFrom(entity.ClrType) || entity.BaseType is not null)
            {
                continue;
            }

            var parameter = Expression.Parameter(entity.ClrType, "e");
            var prefix = Expression.Property(Expression.Constant(this), nameof(ReadPrefix));
            var code = Expression.Property(parameter, nameof(IRegionScoped.RegionCode));
            var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
            var body = Expression.OrElse(
                Expression.Equal(prefix, Expression.Constant(null, typeof(string))),
                Expression.Call(code, startsWith, prefix));
            builder.Entity(entity.ClrType).HasQueryFilter(Expression.Lambda(body, parameter));
            builder.Entity(entity.ClrType).Property(nameof(IRegionScoped.RegionCode)).HasMaxLength(12).IsRequired();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardRegionWrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardRegionWrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// A user writes to the own region only (DESIGN.md, Regions), except <see cref="IAssignedDown"/> rows into a region the
    /// use case permitted with <see cref="PermitAssignmentDown"/>; the system context writes anywhere.
    /// </summary>
    private void GuardRegionWrites()
    {
        if (Scope.WriteRegion is null)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries<IRegionScoped>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity.RegionCode != Scope.WriteRegion
                && !(entry.Entity is IAssignedDown && _assignedDownTo.Contains(entry.Entity.RegionCode)))
            {
                throw new RegionWriteDeniedException(entry.Entity.RegionCode);
            }
        }
    }
}

/// <summary>SQLite flavour: owns the SQLite migration set.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, IRegionScope scope)
    : AppDbContext(options, scope);

/// <summary>PostgreSQL flavour: owns the PostgreSQL migration set.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, IRegionScope scope)
    : AppDbContext(options, scope);
