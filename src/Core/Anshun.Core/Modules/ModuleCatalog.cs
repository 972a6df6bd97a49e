using System.Reflection;

namespace Anshun.Core.Modules;

/// <summary>
/// Every module present in the application, in dependency order, with the set that is enabled now.
/// Registered as a singleton; the set changes only at start-up (the admin says a restart applies changes).
/// </summary>
public sealed class ModuleCatalog
{
    private readonly HashSet<string> _enabled;

    public ModuleCatalog(IReadOnlyList<ModuleDescriptor> modules, IEnumerable<string> enabledIds)
    {
        Modules = ModuleOrderer.Order(modules);
        _enabled = ClosedOverDependencies(enabledIds);
        EnabledModules = Modules.Where(m => _enabled.Contains(m.Id)).ToList();
    }

    /// <summary>All modules, dependencies first.</summary>
    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    /// <summary>Modules started in this process, dependencies first.</summary>
    public IReadOnlyList<ModuleDescriptor> EnabledModules { get; }

    public bool IsEnabled(string moduleId) => _enabled.Contains(moduleId);

    public ModuleDescriptor? Find(string moduleId) => Modules.FirstOrDefault(m => m.Id == moduleId);

    /// <summary>The given modules plus everything they need, plus the modules that are always on.</summary>
    public HashSet<string> ClosedOverDependencies(IEnumerable<string> ids)
    {
        var byId = Modules.ToDictionary(m => m.Id);
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(ids.Where(byId.ContainsKey));
        foreach (var module in Modules.Where(m => m.Manifest.AlwaysEnabled))
        {
            pending.Push(module.Id);
        }

        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (result.Add(id))
            {
                foreach (var dependency in byId[id].Dependencies)
                {
                    pending.Push(dependency);
                }
            }
        }

        return result;
    }

    /// <summary>Modules that need <paramref name="moduleId"/>, directly or through others.</summary>
    public IReadOnlyList<ModuleDescriptor> Dependents(string moduleId)
    {
        var result = new List<ModuleDescriptor>();
        var frontier = new HashSet<string> { moduleId };
        foreach (var module in Modules)
        {
            if (module.Dependencies.Any(frontier.Contains))
            {
                frontier.Add(module.Id);
                result.Add(module);
            }
        }

        return result;
    }

    /// <summary>Finds module assemblies: every <c>Anshun.*.dll</c> beside the application carrying <see cref="ModuleAttribute"/>.</summary>
    public static IReadOnlyList<ModuleDescriptor> Discover(string? directory = null)
    {
        directory ??= AppContext.BaseDirectory;
        var descriptors = new List<ModuleDescriptor>();
        foreach (var path in Directory.EnumerateFiles(directory, "Anshun.*.dll").Order(StringComparer.Ordinal))
        {
            var name = AssemblyName.GetAssemblyName(path);
            var assembly = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name.Name)
                ?? Assembly.Load(name);
            var manifest = assembly.GetCustomAttribute<ModuleAttribute>();
            if (manifest is null)
            {
                continue;
            }

            var startups = assembly.GetTypes()
                .Where(t => typeof(ModuleStartup).IsAssignableFrom(t) && !t.IsAbstract)
                .ToList();
            if (startups.Count > 1)
            {
                throw new ModuleLoadException($"模块 {manifest.Id} 含有多个 Startup 类。");
            }

            descriptors.Add(new ModuleDescriptor(manifest, assembly, startups.FirstOrDefault()));
        }

        return descriptors;
    }
}
