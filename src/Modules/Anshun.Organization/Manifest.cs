using Anshun.Core.Modules;

[assembly: Module(
    "Anshun.Organization",
    "组织机构",
    Description = "市政府办公室、市直部门、县区及乡镇的组织机构树，人员所属单位、职务与分管领导。",
    Category = "平台",
    Dependencies = [],
    AlwaysEnabled = true)]
