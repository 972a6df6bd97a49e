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
    public UsersDbContext(DbContextOptions<UsersDbContext> options, IDataSession session)
        : base(options)
    {
        session.Enlist(this);
    }

    public DbSet<PasswordHistoryEntry> PasswordHistory => Set<PasswordHistoryEntry>();

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
    }
}
