using Fazhi.Modules.LawStudy.Domain;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Modules.LawStudy.Data;

internal sealed class StudySessionConfiguration : IEntityTypeConfiguration<StudySession>
{
    public void Configure(EntityTypeBuilder<StudySession> b)
    {
        b.ToTable("study_sessions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(s => s.Topic).HasMaxLength(300).IsRequired();
        b.Property(s => s.Presenter).HasMaxLength(100);
        b.Property(s => s.Absentees).HasMaxLength(500);
        b.Property(s => s.Court).HasMaxLength(100);
        b.Property(s => s.CaseNumber).HasMaxLength(60);
        b.Property(s => s.RecordedBy).HasMaxLength(100).IsRequired();
        b.HasMany(s => s.Regulations).WithOne().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.RegionCode, s.HeldOn });
        b.HasIndex(s => new { s.RegionCode, s.PlanItemId });
    }
}

internal sealed class StudiedRegulationConfiguration : IEntityTypeConfiguration<StudiedRegulation>
{
    public void Configure(EntityTypeBuilder<StudiedRegulation> b)
    {
        b.ToTable("study_regulations");
        b.HasKey(r => r.Id);
        b.Property(r => r.Title).HasMaxLength(200).IsRequired();
        b.Property(r => r.NormalizedTitle).HasMaxLength(200).IsRequired();
        b.HasIndex(r => new { r.RegionCode, r.SessionId, r.Number }).IsUnique();
    }
}

internal sealed class StudyPlanConfiguration : IEntityTypeConfiguration<StudyPlan>
{
    public void Configure(EntityTypeBuilder<StudyPlan> b)
    {
        b.ToTable("study_plans");
        b.HasKey(p => p.Id);
        b.Property(p => p.Title).HasMaxLength(200).IsRequired();
        b.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.RegionCode, p.Year }).IsUnique();
    }
}

internal sealed class StudyPlanItemConfiguration : IEntityTypeConfiguration<StudyPlanItem>
{
    public void Configure(EntityTypeBuilder<StudyPlanItem> b)
    {
        b.ToTable("study_plan_items");
        b.HasKey(i => i.Id);
        b.Property(i => i.Topic).HasMaxLength(300).IsRequired();
        b.HasIndex(i => new { i.RegionCode, i.PlanId, i.Number }).IsUnique();
    }
}

internal sealed class LawExamConfiguration : IEntityTypeConfiguration<LawExam>
{
    public void Configure(EntityTypeBuilder<LawExam> b)
    {
        b.ToTable("study_exams");
        b.HasKey(e => e.Id);
        b.Property(e => e.Title).HasMaxLength(200).IsRequired();
        b.Property(e => e.RecordedBy).HasMaxLength(100).IsRequired();
        b.HasIndex(e => new { e.RegionCode, e.HeldOn });
    }
}
