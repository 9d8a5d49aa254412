using System.Linq.Expressions;

using Fazhi.Platform.Identity;
using Fazhi.Platform.Regions;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

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

    // The filter's upper bound: a code range, not LIKE 'prefix%', so the RegionCode index serves it (RegionCodes.SubtreeUpperBound).
    internal string? ReadUpperBound => Scope.ReadPrefix is { } prefix ? RegionCodes.SubtreeUpperBound(prefix) : null;

    /// <summary>
    /// The system context (start-up, CLI, scheduled scans) reads every region and has a model without the region filter;
    /// every user shares the other model. One model with "ReadPrefix == null || range" would send the null test as a
    /// parameter, and SQLite reads no index under "@p OR range" (see <see cref="RegionModelCacheKeyFactory"/>).
    /// </summary>
    internal bool ReadsEveryRegion => Scope.ReadPrefix is null;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, RegionModelCacheKeyFactory>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (!typeof(IRegionScoped).IsAssignableFrom(entity.ClrType) || entity.BaseType is not null)
            {
                continue;
            }

            builder.Entity(entity.ClrType).Property(nameof(IRegionScoped.RegionCode)).HasMaxLength(12).IsRequired();
            if (ReadsEveryRegion)
            {
                continue;
            }

            // e => string.Compare(e.RegionCode, ReadPrefix) >= 0 && string.Compare(e.RegionCode, ReadUpperBound) <= 0
            var parameter = Expression.Parameter(entity.ClrType, "e");
            var code = Expression.Property(parameter, nameof(IRegionScoped.RegionCode));
            var prefix = Expression.Property(Expression.Constant(this), nameof(ReadPrefix));
            var upper = Expression.Property(Expression.Constant(this), nameof(ReadUpperBound));
            var zero = Expression.Constant(0);
            var body = Expression.AndAlso(
                Expression.GreaterThanOrEqual(Expression.Call(compare, code, prefix), zero),
                Expression.LessThanOrEqual(Expression.Call(compare, code, upper), zero));
            builder.Entity(entity.ClrType).HasQueryFilter(Expression.Lambda(body, parameter));
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

/// <summary>
/// Keys the model by whether the context reads every region (<see cref="AppDbContext.ReadsEveryRegion"/>): two models per
/// context type, decided when a context first touches its model. A user's context whose scope were lost afterwards would
/// compare codes with NULL and read nothing, never everything.
/// </summary>
internal sealed class RegionModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context is AppDbContext { ReadsEveryRegion: true }, designTime);
}
