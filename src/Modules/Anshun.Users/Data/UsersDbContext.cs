using Anshun.Core.Caching;
using Anshun.Core.Data;
using Anshun.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Users.Data;

/// <summary>
/// The Identity tables (<c>Users_*</c>). It cannot derive <see cref="ModuleDbContext"/> (it must derive
/// Identity's context), so it does what that base does: it joins the scope's <see cref="IDataSession"/>
/// and stores every <see cref="DateTime"/> as UTC.
/// </summary>
public sealed class UsersDbContext : IdentityDbContext<AnshunUser, AnshunRole, string>
{
    private readonly IDataSession _session;
    private readonly IChangeSignals? _signals;

    public UsersDbContext(DbContextOptions<UsersDbContext> options, IDataSession session, IChangeSignals? signals = null)
        : base(options)
    {
        _session = session;
        _signals = signals;
        session.Enlist(this);
    }

    /// <summary>Saves, then signals <see cref="ChangeTopics.Security"/> when the save changed who may do what.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var securityChanged = _signals is not null && UserSecurityChanges.Pending(ChangeTracker);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (securityChanged)
        {
            await _signals!.SignalAsync(ChangeTopics.Security, cancellationToken);
        }

        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("请使用 SaveChangesAsync：保存后需要异步通知各节点刷新权限缓存。");

    public DbSet<PasswordHistoryEntry> PasswordHistory => Set<PasswordHistoryEntry>();

    public DbSet<AppliedDefaultGrant> AppliedDefaultGrants => Set<AppliedDefaultGrant>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => _session.Configure(optionsBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AnshunUser>(user =>
        {
            user.ToTable("Users_Users");
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.OfficePhone).HasMaxLength(50);
            user.Property(u => u.Mobile).HasMaxLength(50);
        });
        builder.Entity<AnshunRole>(role =>
        {
            role.ToTable("Users_Roles");
            role.Property(r => r.DisplayName).HasMaxLength(100);
            role.Property(r => r.Description).HasMaxLength(500);
        });
        builder.Entity<IdentityUserRole<string>>().ToTable("Users_UserRoles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("Users_UserClaims");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("Users_RoleClaims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("Users_UserLogins");
        builder.Entity<IdentityUserToken<string>>().ToTable("Users_UserTokens");
        builder.Entity<PasswordHistoryEntry>(entry =>
        {
            entry.ToTable("Users_PasswordHistory");
            entry.HasKey(e => e.Id);
            entry.HasIndex(e => e.UserId);
            entry.HasOne<AnshunUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AppliedDefaultGrant>(grant =>
        {
            grant.ToTable("Users_AppliedDefaultGrants");
            grant.HasKey(g => new { g.Role, g.Permission });
        });
    }
}
