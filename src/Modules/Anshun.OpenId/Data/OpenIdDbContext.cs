using Anshun.Core.Data;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace Anshun.OpenId.Data;

/// <summary>OpenIddict's stores (<c>OpenId_*</c>): client applications, authorizations, scopes and tokens.</summary>
public sealed class OpenIdDbContext(DbContextOptions<OpenIdDbContext> options, IDataSession session)
    : ModuleDbContext(options, session)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("OpenId_Applications");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("OpenId_Authorizations");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("OpenId_Scopes");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("OpenId_Tokens");
    }
}
