<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutPanel</name>
    <message>
        <location filename="../../app/ui/pages/settings_about.py" line="60"/>
        <source>FloorQC · Floor quality control</source>
        <translation>楼面质检 · FloorQC</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_about.py" line="63"/>
        <source>Layered quality control for hotel and restaurant floors: one leads three, patrols, rectifications and reports.</source>
        <translation>酒店与餐厅楼面的层层质检：一拖三、巡查、整改与报表。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_about.py" line="71"/>
        <source>This installation</source>
        <translation>本机安装</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_about.py" line="73"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_about.py" line="74"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_about.py" line="75"/>
        <source>Signed in as</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_about.py" line="77"/>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_about.py" line="79"/>
        <source>Chinese text is shown with the Noto Sans SC font ({file}), © 2014–2021 Adobe, used under the SIL Open Font License 1.1. The licence is shipped with the font.</source>
        <translation>中文使用 Noto Sans SC 字体（{file}）显示，© 2014–2021 Adobe，依据 SIL 开放字体许可证 1.1 使用。许可证随字体一同提供。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_about.py" line="85"/>
        <source>Show the font licence…</source>
        <translation>查看字体许可证…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_about.py" line="103"/>
        <source>The licence file is missing: {path}</source>
        <translation>找不到许可证文件：{path}</translation>
    </message>
</context>
<context>
    <name>AccountabilityDialog</name>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="240"/>
        <source>Record accountability</source>
        <translation>记录问责</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="251"/>
        <source>Why (kept with the person&apos;s record)</source>
        <translation>原因（记入个人记录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="252"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="253"/>
        <source>Kind</source>
        <translation>问责方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="254"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="255"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="271"/>
        <source>Choose someone from the list.</source>
        <translation>请从列表中选择人员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="274"/>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>ActingLeaderDialog</name>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="100"/>
        <source>Acting leader</source>
        <translation>代理组长</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="101"/>
        <source>Listed first: the team&apos;s members on duty.</source>
        <translation>排在前面的是本组当班的组员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="106"/>
        <source>Choose someone from the list.</source>
        <translation>请从列表中选择一人。</translation>
    </message>
</context>
<context>
    <name>AdHocFindingDialog</name>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="47"/>
        <source>Ad-hoc finding</source>
        <translation>临时发现问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="52"/>
        <source>What was seen, where exactly</source>
        <translation>看到了什么，具体在哪里</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="57"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="58"/>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="81"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="59"/>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="66"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="67"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="68"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="69"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="70"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="85"/>
        <source>Choose the area.</source>
        <translation>请选择区域。</translation>
    </message>
</context>
<context>
    <name>ApplyTemplateDialog</name>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="162"/>
        <source>Apply a template to {week}</source>
        <translation>将模板套用到 {week}</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="165"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="167"/>
        <source>Only empty cells are filled; what would break a rule is skipped and listed.</source>
        <translation>只填空白格；会违反排班规则的会跳过并列出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="168"/>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="173"/>
        <source>There is no saved template yet.</source>
        <translation>还没有保存的模板。</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <location filename="../../app/ui/area_dialog.py" line="30"/>
        <source>New area</source>
        <translation>新增区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/area_dialog.py" line="31"/>
        <source>Edit area {name}</source>
        <translation>编辑区域 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/area_dialog.py" line="34"/>
        <source>e.g. Peony Room</source>
        <translation>例如 牡丹厅</translation>
    </message>
    <message>
        <location filename="../../app/ui/area_dialog.py" line="38"/>
        <source>e.g. 2F</source>
        <translation>例如 2F</translation>
    </message>
    <message>
        <location filename="../../app/ui/area_dialog.py" line="41"/>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <location filename="../../app/ui/area_dialog.py" line="43"/>
        <source>(no team)</source>
        <translation>（无班组）</translation>
    </message>
    <message>
        <location filename="../../app/ui/area_dialog.py" line="44"/>
        <source>Area name</source>
        <translation>区域名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/area_dialog.py" line="45"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/area_dialog.py" line="46"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../app/ui/area_dialog.py" line="47"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/area_dialog.py" line="48"/>
        <source>Default team</source>
        <translation>默认班组</translation>
    </message>
</context>
<context>
    <name>AreasTab</name>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="128"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="129"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="130"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="131"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="132"/>
        <source>Default team</source>
        <translation>默认班组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="134"/>
        <source>New area…</source>
        <translation>新增区域…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="135"/>
        <source>Each area belongs to a department and, by default, to a team; the roster can assign it to another team for a shift.</source>
        <translation>每个区域隶属于一个部门，并默认由一个班组负责；排班时可按班次改派给其他班组。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="162"/>
        <source>Delete area</source>
        <translation>删除区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="163"/>
        <source>Delete the area {name}?</source>
        <translation>确定删除区域“{name}”吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="165"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="165"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../app/ui/roster/cell_dialog.py" line="110"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/cell_dialog.py" line="112"/>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/cell_dialog.py" line="113"/>
        <source>Minutes late</source>
        <translation>迟到分钟数</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="65"/>
        <source>Roster rules broken</source>
        <translation>违反排班规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="69"/>
        <source>This change breaks roster rules:</source>
        <translation>此次修改违反以下排班规则：</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="86"/>
        <source>Why is it needed? e.g. banquet peak, two people off sick</source>
        <translation>为什么需要这样排？例如：婚宴高峰、两人病假</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="88"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="89"/>
        <source>Confirm with reason</source>
        <translation>填写原因并确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="92"/>
        <source>A manager must confirm this change with a reason. It was not saved.</source>
        <translation>此修改须由经理填写原因确认，未保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="96"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="101"/>
        <source>Enter the reason for confirming the breach.</source>
        <translation>请填写确认违规的原因。</translation>
    </message>
</context>
<context>
    <name>BusinessSettingsBox</name>
    <message>
        <location filename="../../app/ui/pages/settings_general.py" line="79"/>
        <source>Business settings</source>
        <translation>业务设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_general.py" line="93"/>
        <source>Default: {value}</source>
        <translation>默认值：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_general.py" line="99"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_general.py" line="102"/>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_general.py" line="118"/>
        <source>Your role may look at these settings but not change them; ask a manager or an administrator.</source>
        <translation>您的角色只能查看这些设置，不能修改；如需修改，请联系经理或系统管理员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_general.py" line="155"/>
        <source>Nothing has changed.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_general.py" line="164"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>CellDialog</name>
    <message>
        <location filename="../../app/ui/roster/cell_dialog.py" line="71"/>
        <source>(no area)</source>
        <translation>（不指定区域）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/cell_dialog.py" line="78"/>
        <source>Type a number or part of a name; Enter saves.</source>
        <translation>输入序号或名称的一部分，回车保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/cell_dialog.py" line="80"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/cell_dialog.py" line="81"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/cell_dialog.py" line="90"/>
        <source>Choose a post from the list.</source>
        <translation>请从列表中选择岗位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/cell_dialog.py" line="94"/>
        <source>Choose an area from the list, or &apos;(no area)&apos;.</source>
        <translation>请从列表中选择区域，或选“（不指定区域）”。</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="187"/>
        <source>Change role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="188"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="191"/>
        <source>Choose what {user} may do. A deactivated user can no longer sign in; their past records stay.</source>
        <translation>选择 {user} 的权限。停用后无法再登录，以往记录保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="194"/>
        <source>Active (may sign in)</source>
        <translation>启用（允许登录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="196"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>ChangesTab</name>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="26"/>
        <source>Set</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="27"/>
        <source>Cleared</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="28"/>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="29"/>
        <source>Redeployed</source>
        <translation>抽调顶岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="30"/>
        <source>Acting leader</source>
        <translation>代理组长</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="31"/>
        <source>Copied last week</source>
        <translation>复制上周</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="32"/>
        <source>Applied a template</source>
        <translation>套用模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="64"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="65"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="66"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="67"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="68"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="69"/>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="70"/>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="71"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="88"/>
        <source>{n} change(s) since the week was published.</source>
        <translation>本周排班发布后共有 {n} 条变更。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="89"/>
        <source>The week is a draft: changes are logged once it is published.</source>
        <translation>本周排班为草稿：发布后的每次变更都会记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="115"/>
        <source>{copied} filled, {skipped} skipped</source>
        <translation>填入 {copied} 格，跳过 {skipped} 格</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="126"/>
        <source>from {post}</source>
        <translation>抽调自{post}</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/changes_tab.py" line="129"/>
        <source>late {n} min</source>
        <translation>迟到 {n} 分钟</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="49"/>
        <source>Template</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="50"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="51"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="54"/>
        <source>Items</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="55"/>
        <source>Levels</source>
        <translation>适用层级</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="59"/>
        <source>New template…</source>
        <translation>新建检查表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="60"/>
        <source>Duplicate…</source>
        <translation>复制…</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="61"/>
        <source>New version…</source>
        <translation>新版本…</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="63"/>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="281"/>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="285"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="64"/>
        <source>Import JSON…</source>
        <translation>导入 JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="66"/>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="67"/>
        <source>Every template in the list, with all its items, as one JSON file</source>
        <translation>列表中的全部检查表（含所有检查项）导出为一个 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="88"/>
        <source>Your role may not {what}.</source>
        <translation>您的角色无权{what}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="121"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="121"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="185"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="186"/>
        <source>Discard the unsaved changes to “{name}”?</source>
        <translation>放弃对“{name}”未保存的修改？</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="188"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="188"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="282"/>
        <source>Archive “{name}”? Patrols stop offering it; past inspections keep it.</source>
        <translation>归档“{name}”？巡查将不再提供此检查表；已完成的检查记录保持不变。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="285"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="304"/>
        <source>Import checklists</source>
        <translation>导入检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="307"/>
        <source>Export checklists</source>
        <translation>导出检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="318"/>
        <source>Nothing was imported from {file}.</source>
        <translation>未从 {file} 导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/checklists_tab.py" line="338"/>
        <source>Exported {n} templates to {file}.</source>
        <translation>已导出 {n} 个检查表到 {file}。</translation>
    </message>
</context>
<context>
    <name>CopyReportDialog</name>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="117"/>
        <source>{copied} cells filled, {skipped} skipped.</source>
        <translation>已填入 {copied} 格，跳过 {skipped} 格。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="121"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="121"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="122"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="122"/>
        <source>Why skipped</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="138"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="87"/>
        <source>Fill…</source>
        <translation>补岗…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="88"/>
        <source>Redeploy a qualified person onto the short post</source>
        <translation>从其他岗位抽调有资质的人员顶岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="91"/>
        <source>Short by {n}</source>
        <translation>缺 {n} 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="91"/>
        <source>Surplus {n}</source>
        <translation>超编 {n} 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="91"/>
        <source>Covered</source>
        <translation>满岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="104"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="105"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="106"/>
        <source>Required</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="107"/>
        <source>Assigned</source>
        <translation>到岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="109"/>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="110"/>
        <source>Redeployed in</source>
        <translation>抽调顶岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="112"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="114"/>
        <source>Who</source>
        <translation>当班人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="119"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="119"/>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="120"/>
        <source>One leads three</source>
        <translation>一拖三</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="137"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="139"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="144"/>
        <source>Posts against requirements (定岗定编)</source>
        <translation>岗位到岗与编制（定岗定编）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="148"/>
        <source>Select a short post and press Fill… (or double-click it) to redeploy a qualified person from a post with surplus or who is free (抽调顶岗). {mark} marks people redeployed in.</source>
        <translation>选中缺岗的岗位，点“补岗…”（或双击），从超编岗位或空闲人员中抽调有资质的人顶岗（抽调顶岗）。{mark} 表示抽调来的人员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="151"/>
        <source>Team leaders on duty (一拖三)</source>
        <translation>班组带班检查（一拖三）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="155"/>
        <source>Every team on duty needs its leader, or an acting leader named for the shift.</source>
        <translation>每个当班班组都须有组长在岗，或为本班次指定代理组长。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="231"/>
        <source>{short} post(s) short · {missing} team(s) without a leader on duty</source>
        <translation>{short} 个岗位缺编 · {missing} 个班组无组长在岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="258"/>
        <source>(off: {names})</source>
        <translation>（缺勤/请假：{names}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="272"/>
        <source>✓ Leader on duty</source>
        <translation>✓ 组长在岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="274"/>
        <source>✓ Acting: {name}</source>
        <translation>✓ 代理：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="276"/>
        <source>✗ No leader on duty</source>
        <translation>✗ 无组长在岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="288"/>
        <source>Name acting leader…</source>
        <translation>指定代理组长…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="289"/>
        <source>Change…</source>
        <translation>更换…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="325"/>
        <source>Fill {post} · {day} {shift}</source>
        <translation>补岗：{post} · {day} {shift}</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_tab.py" line="355"/>
        <source>Acting leader of {team} · {day} {shift}</source>
        <translation>{team} 代理组长 · {day} {shift}</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <location filename="../../app/ui/deactivate_dialog.py" line="21"/>
        <source>Deactivate {name}</source>
        <translation>办理离职：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/deactivate_dialog.py" line="25"/>
        <source>Record that {name} ({code}) has left. Their history stays; they no longer appear in teams, rosters or lists of active staff.</source>
        <translation>将 {name}（{code}）登记为离职。其历史记录保留，但不再出现在班组、排班和在职员工名单中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deactivate_dialog.py" line="30"/>
        <source>Nobody (they become top level)</source>
        <translation>无（直属下级改为无上级）</translation>
    </message>
    <message>
        <location filename="../../app/ui/deactivate_dialog.py" line="34"/>
        <source>{name} leads {count} people directly: {names}.</source>
        <translation>{name} 直接带领 {count} 人：{names}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deactivate_dialog.py" line="38"/>
        <source>Who leads them now?</source>
        <translation>改由谁带领？</translation>
    </message>
    <message>
        <location filename="../../app/ui/deactivate_dialog.py" line="41"/>
        <source>Deactivate</source>
        <translation>办理离职</translation>
    </message>
    <message>
        <location filename="../../app/ui/deactivate_dialog.py" line="46"/>
        <source>Choose the new leader from the list, or &apos;Nobody&apos;.</source>
        <translation>请从列表中选择新的上级，或选择“无”。</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../app/ui/unit_dialogs.py" line="19"/>
        <source>New department</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_dialogs.py" line="20"/>
        <source>Rename department</source>
        <translation>重命名部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_dialogs.py" line="27"/>
        <source>Name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_dialogs.py" line="28"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>DisagreementsTab</name>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="25"/>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="26"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="25"/>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="26"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="30"/>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="31"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="33"/>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="34"/>
        <source>Disagreements</source>
        <translation>分歧数</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="35"/>
        <source>Items passed</source>
        <translation>判为合格的项数</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="36"/>
        <source>Rate</source>
        <translation>分歧率</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="42"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="43"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="44"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="45"/>
        <source>Passed by</source>
        <translation>判合格者</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="47"/>
        <source>Failed by</source>
        <translation>判不合格者</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="59"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="59"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="77"/>
        <source>A disagreement: a higher layer failed an item that a lower layer passed in the same area and shift.</source>
        <translation>分歧：同一区域、同一班次内，下一层检查判为合格的项目，上一层检查判为不合格。</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="98"/>
        <source>Disagreements with {who}</source>
        <translation>{who} 的分歧</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/disagreements_tab.py" line="99"/>
        <source>All disagreements</source>
        <translation>全部分歧</translation>
    </message>
</context>
<context>
    <name>DueTab</name>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="44"/>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="49"/>
        <source>Start / Resume</source>
        <translation>开始 / 继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="50"/>
        <source>Start the selected check, or resume its round (double-click does the same)</source>
        <translation>开始所选检查，或继续其未完成的巡查（双击亦可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="52"/>
        <source>Start a round…</source>
        <translation>自选巡查…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="53"/>
        <source>Choose the area, level and checklist yourself</source>
        <translation>自行选择区域、层级和检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="54"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="58"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="61"/>
        <source>Due at</source>
        <translation>应查时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="62"/>
        <location filename="../../app/ui/patrols/due_tab.py" line="70"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="63"/>
        <location filename="../../app/ui/patrols/due_tab.py" line="72"/>
        <source>Check</source>
        <translation>检查层级</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="64"/>
        <source>Suggested checklist</source>
        <translation>建议检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="64"/>
        <source>(none fits)</source>
        <translation>（无适用检查表）</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="65"/>
        <source>Round</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="65"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="69"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="71"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="73"/>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="86"/>
        <source>Checks due for</source>
        <translation>待巡查：</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="95"/>
        <source>My rounds in progress</source>
        <translation>我未完成的巡查</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="133"/>
        <source>Your role has no patrol plan; use Start a round… or look at the history.</source>
        <translation>您的角色没有巡查计划；可用“自选巡查…”或查看巡查记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="136"/>
        <source>Nothing is due for this level now.</source>
        <translation>该层级目前没有待巡查项目。</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="143"/>
        <source>Choose a check in the list first.</source>
        <translation>请先在列表中选择一项检查。</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/due_tab.py" line="157"/>
        <source>Choose a round to resume first.</source>
        <translation>请先选择要继续的巡查。</translation>
    </message>
</context>
<context>
    <name>EmployeeDetailView</name>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="57"/>
        <source>Select someone in the list to see their post, leaders, team and skills.</source>
        <translation>在列表中选择一名员工，查看其岗位、上级、班组和兼岗技能。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="68"/>
        <source>Leader chain</source>
        <translation>汇报线</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="69"/>
        <source>Direct reports</source>
        <translation>直属下级</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="70"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="71"/>
        <source>Areas</source>
        <translation>负责区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="80"/>
        <source>Responsibilities of the post</source>
        <translation>岗位职责</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="85"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="86"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="87"/>
        <source>Certified by</source>
        <translation>认证人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="88"/>
        <source>On</source>
        <translation>认证日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="92"/>
        <source>Add qualification…</source>
        <translation>添加兼岗…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="93"/>
        <source>Remove qualification</source>
        <translation>移除兼岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="98"/>
        <source>Also qualified for (multi-skilling)</source>
        <translation>兼岗（一职多能）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="107"/>
        <source>Accountability records</source>
        <translation>违规处理记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="127"/>
        <source>No one selected</source>
        <translation>未选择员工</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="137"/>
        <source>{name} (left)</source>
        <translation>{name}（已离职）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="138"/>
        <source>No post</source>
        <translation>无岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="140"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="144"/>
        <source>Top level (no leader)</source>
        <translation>最高层级（无上级）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="145"/>
        <source>{count}: {names}</source>
        <translation>{count} 人：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="156"/>
        <source>No responsibilities written for this post yet.</source>
        <translation>该岗位尚未填写岗位职责。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="161"/>
        <source> (¥{amount:.0f})</source>
        <translation>（¥{amount:.0f}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/employee_detail_view.py" line="164"/>
        <source>None recorded.</source>
        <translation>暂无记录。</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../app/ui/employee_dialog.py" line="18"/>
        <source>New employee</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <location filename="../../app/ui/employee_dialog.py" line="19"/>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/employee_dialog.py" line="22"/>
        <source>e.g. LM012</source>
        <translation>例如 LM012</translation>
    </message>
    <message>
        <location filename="../../app/ui/employee_dialog.py" line="25"/>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/employee_dialog.py" line="25"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/employee_dialog.py" line="28"/>
        <source>(no post)</source>
        <translation>（无岗位）</translation>
    </message>
    <message>
        <location filename="../../app/ui/employee_dialog.py" line="29"/>
        <source>(no leader: top level)</source>
        <translation>（无上级：最高层级）</translation>
    </message>
    <message>
        <location filename="../../app/ui/employee_dialog.py" line="32"/>
        <source>Type part of a name, code or post to find the leader.</source>
        <translation>输入姓名、工号或岗位中的部分文字，查找上级。</translation>
    </message>
    <message>
        <location filename="../../app/ui/employee_dialog.py" line="36"/>
        <source>Employee code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../app/ui/employee_dialog.py" line="37"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/employee_dialog.py" line="38"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/employee_dialog.py" line="39"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/employee_dialog.py" line="40"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/employee_dialog.py" line="41"/>
        <source>Leader</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <location filename="../../app/ui/employee_dialog.py" line="58"/>
        <source>Choose the leader from the list, or &apos;(no leader: top level)&apos;.</source>
        <translation>请从列表中选择直属上级，或选择“（无上级：最高层级）”。</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <location filename="../../app/ui/patrols/findings_tab.py" line="25"/>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/findings_tab.py" line="26"/>
        <source>⚠ nobody rostered</source>
        <translation>⚠ 无人排班</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/findings_tab.py" line="28"/>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/findings_tab.py" line="30"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/findings_tab.py" line="31"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/findings_tab.py" line="33"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/findings_tab.py" line="36"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/findings_tab.py" line="38"/>
        <source>Leader</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/findings_tab.py" line="40"/>
        <source>Rostered</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/findings_tab.py" line="43"/>
        <source>Found by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/findings_tab.py" line="50"/>
        <source>Ad-hoc finding…</source>
        <translation>临时发现问题…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/findings_tab.py" line="51"/>
        <source>Change owner…</source>
        <translation>更换责任人…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/findings_tab.py" line="52"/>
        <source>Change severity…</source>
        <translation>更改严重程度…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/findings_tab.py" line="75"/>
        <source>{count} open findings</source>
        <translation>{count} 个未关闭的问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/findings_tab.py" line="80"/>
        <source>Choose a finding in the list first.</source>
        <translation>请先在列表中选择一个问题。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="31"/>
        <source>Welcome to FloorQC</source>
        <translation>欢迎使用楼面质检</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="35"/>
        <source>This database is empty. Start with a demo venue to look around, or create the first administrator to set up your own venue.</source>
        <translation>数据库是空的。可以先创建演示门店了解功能，也可以创建第一个系统管理员账号，开始设置自己的门店。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="39"/>
        <source>Create the demo venue (a Chinese restaurant with about 60 staff, one sign-in per role)</source>
        <translation>创建演示门店（一家约 60 名员工的中餐厅，每个角色一个登录账号）</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="40"/>
        <source>Create the first administrator account</source>
        <translation>创建第一个系统管理员账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="50"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="51"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="52"/>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_dialog.py" line="75"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="50"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/form_dialog.py" line="51"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="87"/>
        <location filename="../../app/ui/patrols/history_tab.py" line="88"/>
        <location filename="../../app/ui/patrols/history_tab.py" line="97"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="87"/>
        <location filename="../../app/ui/patrols/history_tab.py" line="88"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="90"/>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="91"/>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="92"/>
        <source>All checklists</source>
        <translation>全部检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="94"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="98"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="101"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="102"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="103"/>
        <location filename="../../app/ui/patrols/history_tab.py" line="128"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="104"/>
        <location filename="../../app/ui/patrols/history_tab.py" line="129"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="105"/>
        <location filename="../../app/ui/patrols/history_tab.py" line="129"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="106"/>
        <location filename="../../app/ui/patrols/history_tab.py" line="128"/>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="107"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="107"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="108"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="109"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="111"/>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="116"/>
        <source>Double-click a round to open it (read-only)</source>
        <translation>双击打开巡查（只读）</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="127"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="127"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="130"/>
        <source>Score below</source>
        <translation>得分低于</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/history_tab.py" line="157"/>
        <source>{count} rounds</source>
        <translation>共 {count} 次巡查</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="45"/>
        <source>Checklist item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="46"/>
        <source>Edit item</source>
        <translation>编辑检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="46"/>
        <source>New item</source>
        <translation>新建检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="61"/>
        <source>What the inspector looks at; how to judge</source>
        <translation>检查什么、如何判定</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="65"/>
        <source>{n} · {dimension}</source>
        <translation>{n} · {dimension}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="67"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="72"/>
        <source>Critical: a failure flags the whole round</source>
        <translation>关键项：不合格则整轮检查被标红</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="73"/>
        <source>A photo is required when it fails</source>
        <translation>不合格时必须拍照</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="79"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="81"/>
        <source>e.g. °C, min</source>
        <translation>如 °C、分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="114"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="119"/>
        <source>Min</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="121"/>
        <source>Max</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="123"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="127"/>
        <source>Section</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="128"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="129"/>
        <source>English text</source>
        <translation>英文内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="130"/>
        <source>Guidance</source>
        <translation>检查指引</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="131"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="132"/>
        <source>SERVQUAL dimension</source>
        <translation>SERVQUAL 维度</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="133"/>
        <source>SERVQUAL item</source>
        <translation>SERVQUAL 题项</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="134"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="136"/>
        <source>Response</source>
        <translation>作答方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="137"/>
        <source>Highest score</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="138"/>
        <source>Limits</source>
        <translation>限值</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="140"/>
        <source>Default severity</source>
        <translation>默认严重程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="157"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="169"/>
        <source>Write the item&apos;s text.</source>
        <translation>请填写检查项内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="174"/>
        <source>A number item needs a lower or an upper limit.</source>
        <translation>数值项需要设定下限或上限。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/item_dialog.py" line="177"/>
        <source>The lower limit is above the upper limit.</source>
        <translation>下限高于上限。</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../app/ui/pages/settings_general.py" line="38"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_general.py" line="51"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_general.py" line="68"/>
        <source>FloorQC will use {language} the next time it starts.</source>
        <translation>下次启动时将使用{language}。</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <location filename="../../app/ui/pages/settings_about.py" line="45"/>
        <source>SIL Open Font License</source>
        <translation>SIL 开放字体许可证</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../app/ui/post_dialog.py" line="43"/>
        <source>Add line</source>
        <translation>添加一条</translation>
    </message>
    <message>
        <location filename="../../app/ui/post_dialog.py" line="44"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/post_dialog.py" line="45"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../app/ui/post_dialog.py" line="46"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="29"/>
        <source>Sign in to FloorQC</source>
        <translation>登录楼面质检</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="32"/>
        <source>FloorQC · Floor quality control</source>
        <translation>楼面质检 · FloorQC</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="35"/>
        <source>Layered inspection · one leads three</source>
        <translation>逐级巡查 · 一拖三</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="39"/>
        <location filename="../../app/ui/login_dialog.py" line="50"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="42"/>
        <location filename="../../app/ui/login_dialog.py" line="51"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="55"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="56"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="28"/>
        <source>FloorQC · Floor quality control</source>
        <translation>楼面质检 · FloorQC</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>Signed in: {user} ({role})</source>
        <translation>当前用户：{user}（{role}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="64"/>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106"/>
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="107"/>
        <source>Patrols</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108"/>
        <source>Rectifications</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="109"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>The complaint log with its 5-minute response clock comes after rectifications.</source>
        <translation>投诉登记及 5 分钟响应计时将在整改功能之后推出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>Shift, daily and monthly PDF reports come once there are patrols to report on.</source>
        <translation>班次报表、日报和月报（PDF）将在有了巡查数据之后推出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113"/>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Trends, control charts and the five service-quality gaps come with the reports.</source>
        <translation>趋势分析、控制图和服务质量五大差距分析将随报表一同推出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="41"/>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="44"/>
        <source>Wallboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="45"/>
        <source>Open critical and major items full screen</source>
        <translation>全屏显示未关闭的严重和较重问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="47"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="55"/>
        <source>Assigned to me</source>
        <translation>分派给我的</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="56"/>
        <source>My team&apos;s open items</source>
        <translation>我的班组未关闭问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="57"/>
        <source>Waiting for my verification</source>
        <translation>待我验证</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="58"/>
        <source>Escalated to me</source>
        <translation>升级到我</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="70"/>
        <source>Nothing here.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="76"/>
        <source>Complaints waiting for a response</source>
        <translation>待响应的投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="78"/>
        <source>— comes with the complaints work</source>
        <translation>—— 随投诉功能推出</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="103"/>
        <source>{count} item(s) need you</source>
        <translation>{count} 项待您处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="104"/>
        <source>Nothing needs you right now.</source>
        <translation>目前没有待您处理的事项。</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="128"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="129"/>
        <source>Create user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="131"/>
        <source>e.g. wangli</source>
        <translation>例如 wangli</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="134"/>
        <source>(no employee)</source>
        <translation>（不关联员工）</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="140"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="141"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="142"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="143"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="144"/>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="146"/>
        <source>Linking the sign-in to an employee lets FloorQC show them their own team&apos;s patrols and rectifications.</source>
        <translation>将账号关联到员工后，系统可向其显示本人及本班组的巡查与整改。</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="77"/>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="78"/>
        <source>Version {next} of “{name}” starts as a draft copy of version {version}. Inspections already done keep the version they used.</source>
        <translation>“{name}”的第 {next} 版以第 {version} 版为底稿新建草稿。已完成的检查仍沿用其当时的版本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="85"/>
        <source>e.g. new service standard from head office</source>
        <translation>如：总部下发新服务标准</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="87"/>
        <source>Reason for the change</source>
        <translation>变更原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="88"/>
        <source>Start version {next}</source>
        <translation>新建第 {next} 版</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="93"/>
        <source>Say why the checklist changes.</source>
        <translation>请说明检查表变更的原因。</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../app/ui/pages/org_common.py" line="61"/>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message>
        <location filename="../../app/ui/pages/org_chart_view.py" line="37"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_chart_view.py" line="37"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_chart_view.py" line="37"/>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_chart_view.py" line="38"/>
        <source>Direct reports / span</source>
        <translation>直属下级 / 管理幅度</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_chart_view.py" line="51"/>
        <source>Spans exceeded (one leads three)</source>
        <translation>超出管理幅度（一拖三）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_chart_view.py" line="54"/>
        <source>Leader · 4 / 3</source>
        <translation>上级 · 4 / 3</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_chart_view.py" line="58"/>
        <source>Amber and bold: the leader leads more people directly than the span of their rank (here 4 direct reports against a span of 3). Change spans under Departments &amp; ranks; move people by changing their leader.</source>
        <translation>琥珀色加粗：该上级直接带领的人数超过其职级的管理幅度（此例为直属下级 4 人，管理幅度 3 人）。管理幅度可在“部门与职级”中修改；调整人员请修改其直属上级。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_chart_view.py" line="62"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_chart_view.py" line="68"/>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_chart_view.py" line="70"/>
        <source>Collapse all</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_chart_view.py" line="120"/>
        <source>{name} ({post}): {count} / {limit}</source>
        <translation>{name}（{post}）：{count} / {limit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_chart_view.py" line="126"/>
        <source>Every leader is within their span.</source>
        <translation>所有上级均未超出管理幅度。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_chart_view.py" line="129"/>
        <source>{people} people · {top} at the top · {over} spans exceeded</source>
        <translation>共 {people} 人 · 最高层级 {top} 人 · {over} 人超出管理幅度</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <location filename="../../app/ui/pages/org_page.py" line="31"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_page.py" line="32"/>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_page.py" line="33"/>
        <source>Departments &amp;&amp; ranks</source>
        <translation>部门与职级</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_page.py" line="34"/>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_page.py" line="35"/>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_page.py" line="36"/>
        <source>Org chart</source>
        <translation>组织架构图</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="102"/>
        <source>Change who is responsible</source>
        <translation>更换责任人</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="106"/>
        <source>Why (kept with the finding)</source>
        <translation>原因（随问题保存）</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="107"/>
        <source>{person} (leader: {leader})</source>
        <translation>{person}（上级：{leader}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="108"/>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="109"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="110"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="111"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="112"/>
        <source>New owner</source>
        <translation>新责任人</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="113"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="125"/>
        <source>Choose someone from the list.</source>
        <translation>请从列表中选择一人。</translation>
    </message>
</context>
<context>
    <name>PageTab</name>
    <message>
        <location filename="../../app/ui/page_tab.py" line="41"/>
        <source>Your role may not {what}.</source>
        <translation>您的角色无权{what}。</translation>
    </message>
</context>
<context>
    <name>PatrolsPage</name>
    <message>
        <location filename="../../app/ui/patrols/patrols_page.py" line="28"/>
        <source>The checklist editor is not built yet.</source>
        <translation>检查表编辑器尚未完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/patrols_page.py" line="47"/>
        <source>Due</source>
        <translation>待巡查</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/patrols_page.py" line="48"/>
        <source>History</source>
        <translation>巡查记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/patrols_page.py" line="49"/>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/patrols_page.py" line="50"/>
        <source>Disagreements</source>
        <translation>分歧</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/patrols_page.py" line="51"/>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
</context>
<context>
    <name>PermissionsPanel</name>
    <message>
        <location filename="../../app/ui/pages/settings_permissions.py" line="86"/>
        <source>What each role may do. FloorQC checks these rights on every change, whatever the screen shows. Your role, {role}, is highlighted. An administrator assigns roles under Users and roles.</source>
        <translation>各角色的权限。每次修改时系统都会检查权限，与界面显示无关。您的角色（{role}）已高亮。角色由系统管理员在“用户与权限”中分配。</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../app/ui/patrols/common.py" line="154"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/common.py" line="155"/>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/common.py" line="159"/>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.heic)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.heic)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../app/ui/pages/placeholder_page.py" line="17"/>
        <source>This part of FloorQC is not built yet.</source>
        <translation>此功能尚在开发中。</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../app/ui/post_dialog.py" line="97"/>
        <source>New post</source>
        <translation>新增岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/post_dialog.py" line="98"/>
        <source>Edit post {name}</source>
        <translation>编辑岗位 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/post_dialog.py" line="112"/>
        <source>Post name</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/post_dialog.py" line="113"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/post_dialog.py" line="114"/>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <location filename="../../app/ui/post_dialog.py" line="115"/>
        <source>Head-count quota</source>
        <translation>编制人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/post_dialog.py" line="116"/>
        <source>Responsibilities</source>
        <translation>岗位职责</translation>
    </message>
    <message>
        <location filename="../../app/ui/post_dialog.py" line="127"/>
        <source>Create a department first.</source>
        <translation>请先创建部门。</translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="40"/>
        <source>New post…</source>
        <translation>新增岗位…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="41"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="42"/>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="160"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="44"/>
        <source>Short by {n}</source>
        <translation>缺编 {n} 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="44"/>
        <source>Over by {n}</source>
        <translation>超编 {n} 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="44"/>
        <source>Full</source>
        <translation>满编</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="60"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="61"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="62"/>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="63"/>
        <source>Quota</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="64"/>
        <source>Filled</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="66"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="73"/>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="121"/>
        <source>Responsibilities</source>
        <translation>岗位职责</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="104"/>
        <source>{posts} posts · {short} short-staffed · {over} over quota</source>
        <translation>共 {posts} 个岗位 · {short} 个缺编 · {over} 个超编</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="124"/>
        <source>Responsibilities of {post}</source>
        <translation>{post}的岗位职责</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="128"/>
        <source>No responsibilities written yet.</source>
        <translation>尚未填写岗位职责。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="156"/>
        <source>Delete post</source>
        <translation>删除岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="157"/>
        <source>Delete the post {name}? Qualifications for it are removed too.</source>
        <translation>确定删除岗位“{name}”吗？该岗位的兼岗资格也会一并删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_posts_tab.py" line="160"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/ui/checklists/preview.py" line="43"/>
        <source>Preview: {name}</source>
        <translation>预览：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/preview.py" line="50"/>
        <source>As an inspector sees it. P pass, F fail, N not applicable; nothing here is saved.</source>
        <translation>检查人看到的样子。P 合格，F 不合格，N 不适用；预览中的操作不会保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/preview.py" line="57"/>
        <source>Items</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/preview.py" line="65"/>
        <source>No items yet.</source>
        <translation>尚无检查项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/preview.py" line="71"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/preview.py" line="86"/>
        <source>critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/preview.py" line="92"/>
        <source>Photo required on fail</source>
        <translation>不合格须拍照</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/preview.py" line="124"/>
        <source>Observation</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/preview.py" line="127"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/preview.py" line="127"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/preview.py" line="127"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../../app/ui/spreadsheet_import_dialog.py" line="64"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_import_dialog.py" line="64"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_import_dialog.py" line="64"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="107"/>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="115"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <location filename="../../app/ui/qualification_dialog.py" line="31"/>
        <source>Add a qualification for {name}</source>
        <translation>为 {name} 添加兼岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/qualification_dialog.py" line="39"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/ui/qualification_dialog.py" line="41"/>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/qualification_dialog.py" line="41"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/qualification_dialog.py" line="43"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/qualification_dialog.py" line="44"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/qualification_dialog.py" line="45"/>
        <source>Certified by</source>
        <translation>认证人</translation>
    </message>
    <message>
        <location filename="../../app/ui/qualification_dialog.py" line="46"/>
        <source>Certified on</source>
        <translation>认证日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/qualification_dialog.py" line="51"/>
        <source>There is no other post to qualify for.</source>
        <translation>没有其他岗位可供兼岗。</translation>
    </message>
    <message>
        <location filename="../../app/ui/qualification_dialog.py" line="54"/>
        <source>Choose who certified it from the list, or &apos;(nobody)&apos;.</source>
        <translation>请从列表中选择认证人，或选择“（无）”。</translation>
    </message>
</context>
<context>
    <name>RankDialog</name>
    <message>
        <location filename="../../app/ui/unit_dialogs.py" line="37"/>
        <source>Edit rank {label}</source>
        <translation>编辑职级 {label}</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_dialogs.py" line="45"/>
        <source>The span is how many people someone of this rank leads directly before the app warns (one leads three). It is a warning, never a refusal.</source>
        <translation>管理幅度即该职级的人最多可直接带领几人（一拖三）。超出时系统只作提醒，不会拒绝保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_dialogs.py" line="49"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_dialogs.py" line="50"/>
        <source>English label</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/unit_dialogs.py" line="51"/>
        <source>Span limit</source>
        <translation>管理幅度</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="172"/>
        <source>Why (kept in the history)</source>
        <translation>原因（记入处理记录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="173"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="178"/>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="189"/>
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="193"/>
        <source>Why (kept in the history)</source>
        <translation>原因（记入处理记录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="194"/>
        <source>New assignee</source>
        <translation>新整改人</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="195"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="201"/>
        <source>Choose someone from the list.</source>
        <translation>请从列表中选择人员。</translation>
    </message>
</context>
<context>
    <name>RectificationDetailView</name>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="52"/>
        <source>Rectification #{id}</source>
        <translation>整改单 #{id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="59"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="97"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="115"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="115"/>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="116"/>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="116"/>
        <source>Assignee</source>
        <translation>整改人</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="117"/>
        <source>Accountable</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="117"/>
        <source>Leader chain</source>
        <translation>上级链</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="118"/>
        <source>Fix</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="118"/>
        <source>Verified</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="119"/>
        <source>Recurrence</source>
        <translation>重复发生</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="119"/>
        <source>Repair department</source>
        <translation>维修部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="123"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="124"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="125"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="126"/>
        <source>From → to</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="127"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="131"/>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="131"/>
        <source>started</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="132"/>
        <source>submitted</source>
        <translation>提交整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="132"/>
        <source>verified</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="133"/>
        <source>rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="133"/>
        <source>reassigned</source>
        <translation>改派</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="134"/>
        <source>cancelled</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="134"/>
        <source>escalated</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="135"/>
        <source>routed as repair</source>
        <translation>转维修</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="136"/>
        <source>proposed a checklist change</source>
        <translation>提议修改检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="148"/>
        <source>Start</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="148"/>
        <source>Submit fix…</source>
        <translation>提交整改…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="149"/>
        <source>Verify…</source>
        <translation>验证…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="149"/>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="150"/>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="150"/>
        <source>Cancel…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="151"/>
        <source>Route as repair…</source>
        <translation>转维修…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="152"/>
        <source>Propose checklist change…</source>
        <translation>提议修改检查表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="153"/>
        <source>Record accountability…</source>
        <translation>记录问责…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="183"/>
        <source>{at} by {who}</source>
        <translation>{at}，{who}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="188"/>
        <source> (escalated {level} level(s))</source>
        <translation>（已升级 {level} 级）</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="194"/>
        <source>{who} at {at}: {efficacy}</source>
        <translation>{who} 于 {at}：{efficacy}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="197"/>
        <source>Repeat of rectification #{id}</source>
        <translation>重复发生，前次整改单 #{id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="198"/>
        <source>First time</source>
        <translation>首次发生</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="233"/>
        <source>Finding</source>
        <translation>问题照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="233"/>
        <source>After</source>
        <translation>整改后</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="278"/>
        <source>Reject the fix</source>
        <translation>驳回整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="278"/>
        <source>Cancel the item</source>
        <translation>撤销整改单</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="279"/>
        <source>Propose a checklist change</source>
        <translation>提议修改检查表</translation>
    </message>
</context>
<context>
    <name>Rectifications</name>
    <message>
        <location filename="../../app/ui/rectifications/common.py" line="64"/>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/common.py" line="66"/>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/common.py" line="67"/>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/common.py" line="75"/>
        <source>fixed, due {time}</source>
        <translation>已整改，原定 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/common.py" line="78"/>
        <source>{span} left</source>
        <translation>还剩 {span}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/common.py" line="79"/>
        <source>Overdue {span}</source>
        <translation>已超时 {span}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/common.py" line="100"/>
        <source>{assignee} → {accountable} (level {level})</source>
        <translation>{assignee} → {accountable}（升级 {level} 级）</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/common.py" line="110"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/common.py" line="112"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/common.py" line="113"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/common.py" line="114"/>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/common.py" line="117"/>
        <source>Assignee / accountable</source>
        <translation>整改人 / 责任人</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/common.py" line="118"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>RectificationsPage</name>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="86"/>
        <source>All open</source>
        <translation>全部未关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="86"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="88"/>
        <source>Overdue only</source>
        <translation>仅超时</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="91"/>
        <source>Any severity</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="92"/>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="92"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="93"/>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="93"/>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="94"/>
        <source>Last 365 days</source>
        <translation>近 365 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="95"/>
        <source>Anyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="97"/>
        <source>Wallboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="105"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="106"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="106"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="107"/>
        <source>Assignee</source>
        <translation>整改人</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="108"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="109"/>
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="135"/>
        <source>Any area</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="137"/>
        <source>Any team</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/list_page.py" line="157"/>
        <source>{count} item(s)</source>
        <translation>共 {count} 项</translation>
    </message>
</context>
<context>
    <name>RedeployDialog</name>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="29"/>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="31"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="32"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="33"/>
        <source>Home post</source>
        <translation>本岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="34"/>
        <source>Level</source>
        <translation>资质</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="35"/>
        <source>Comes from</source>
        <translation>抽调自</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="36"/>
        <source>Standing on {post}, which has a surplus this shift</source>
        <translation>本班次在{post}当班，该岗位超编</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="39"/>
        <source>Hours this week</source>
        <translation>本周工时</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="40"/>
        <source>Rest (h)</source>
        <translation>休息(小时)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="47"/>
        <source>Short by {n}. Offered are people qualified for the post who are free in this shift or stand on a post with surplus, best first.</source>
        <translation>缺 {n} 人。下列人员具备该岗位资质，本班次空闲或所在岗位超编，最合适的排在前面。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="50"/>
        <source>Nobody qualified for this post is free in this shift, and no post with a surplus has someone qualified. Name someone in the grid and confirm the rule breach, or leave the post short.</source>
        <translation>本班次没有具备该岗位资质的空闲人员，超编岗位上也没有合适的人。可在排班表中直接安排并确认违规，或暂时缺岗。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="57"/>
        <source>(no area)</source>
        <translation>（不指定区域）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="58"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="59"/>
        <source>Redeploy</source>
        <translation>抽调顶岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="81"/>
        <source>Choose who to redeploy.</source>
        <translation>请选择要抽调的人员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/coverage_dialogs.py" line="84"/>
        <source>Choose an area from the list, or &apos;(no area)&apos;.</source>
        <translation>请从列表中选择区域，或选“（不指定区域）”。</translation>
    </message>
</context>
<context>
    <name>RequirementModel</name>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="125"/>
        <source>Default = the post&apos;s quota ({n})</source>
        <translation>默认 = 岗位编制（{n}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="126"/>
        <source>Set by HR; Delete goes back to the quota</source>
        <translation>已单独设置；按 Delete 恢复为岗位编制</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="165"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="166"/>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="168"/>
        <source>Set a new password for {user}. Tell them in person; FloorQC does not send it anywhere.</source>
        <translation>为 {user} 设置新密码。请当面告知本人，系统不会发送密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="171"/>
        <source>This also lifts the lock-out.</source>
        <translation>同时解除账号锁定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="175"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="176"/>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <location filename="../../app/ui/roster_io_dialogs.py" line="30"/>
        <source>Export roster</source>
        <translation>导出排班表</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_io_dialogs.py" line="27"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_io_dialogs.py" line="28"/>
        <source>PDF for printing (*.pdf)</source>
        <translation>打印用 PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_io_dialogs.py" line="33"/>
        <source>Exported the roster of {week} ({count} employees) to {file}.</source>
        <translation>已将 {week} 的排班表（{count} 名员工）导出到 {file}。</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../app/ui/roster_io_dialogs.py" line="49"/>
        <source>Import a roster week</source>
        <translation>导入一周排班</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_io_dialogs.py" line="56"/>
        <source>Use the layout of a roster export: the week (周次 2026-W48) above the header, then 工号 and one column per day and shift such as 周一 11-23 早班; a cell holds a post or post@area. The employees in the file get their week replaced; everyone else stays as is. Nothing is imported until the whole file is correct and breaks no roster rule.</source>
        <translation>请使用排班表导出的格式：表头上方写周次（如 周次 2026-W48），表头为工号及每天每个班次一列（如 周一 11-23 早班）；单元格填写“岗位”或“岗位@区域”。文件中员工的本周排班将被替换，其他人保持不变。整个文件正确且不违反任何排班规则之前，不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_io_dialogs.py" line="63"/>
        <source>Choose the roster file</source>
        <translation>选择排班表文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_io_dialogs.py" line="63"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_io_dialogs.py" line="69"/>
        <source>Ready to import {week} for {employees} employees: {added} cells added, {changed} changed, {removed} removed, {unchanged} unchanged.</source>
        <translation>可以导入 {week}，涉及 {employees} 名员工：新增 {added} 格，修改 {changed} 格，删除 {removed} 格，{unchanged} 格不变。</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../app/ui/roster/roster_page.py" line="62"/>
        <source>Week grid</source>
        <translation>排班表</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_page.py" line="63"/>
        <source>Coverage</source>
        <translation>到岗与缺编</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_page.py" line="64"/>
        <source>Skill matrix</source>
        <translation>技能矩阵</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_page.py" line="65"/>
        <source>Change log</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_page.py" line="66"/>
        <source>Shifts &amp;&amp; requirements</source>
        <translation>班次与编制</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_page.py" line="69"/>
        <source>Previous week (Alt+Left)</source>
        <translation>上一周（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_page.py" line="71"/>
        <source>Next week (Alt+Right)</source>
        <translation>下一周（Alt+→）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_page.py" line="74"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_page.py" line="82"/>
        <location filename="../../app/ui/roster/roster_page.py" line="206"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_page.py" line="83"/>
        <source>Publish the week; every later change is logged with who, when and before/after</source>
        <translation>发布本周排班；之后的每次变更都会记录操作人、时间及变更前后</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_page.py" line="170"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_page.py" line="172"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_page.py" line="203"/>
        <source>Publish the week</source>
        <translation>发布本周排班</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_page.py" line="204"/>
        <source>Publish {week}? From then on every change is logged with who made it, when, and what it was before.</source>
        <translation>发布 {week} 的排班？此后每次变更都会记录操作人、时间及变更前的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_page.py" line="206"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RoundLayout</name>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="65"/>
        <source>⚠ Critical item failed</source>
        <translation>⚠ 关键项不合格</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="69"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="69"/>
        <source>Continue later</source>
        <translation>稍后继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="70"/>
        <source>Submit (Ctrl+Enter)</source>
        <translation>提交 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="103"/>
        <source>Pass (P)</source>
        <translation>合格 (P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="104"/>
        <source>Fail (F)</source>
        <translation>不合格 (F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="105"/>
        <source>N/A (N)</source>
        <translation>不适用 (N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="113"/>
        <source>What was found (needed for a failure) — M or Tab</source>
        <translation>发现的问题（不合格时必填）— 按 M 或 Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="115"/>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="117"/>
        <source>Or drop a picture on the item, or paste one with Ctrl+V</source>
        <translation>也可把图片拖到检查项上，或按 Ctrl+V 粘贴</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="147"/>
        <source>P pass · F fail · N not applicable · digits + Enter for a score · Enter next · Backspace back · M note · Ctrl+V paste a photo · Ctrl+Enter submit</source>
        <translation>P 合格 · F 不合格 · N 不适用 · 数字 + 回车 录入分数/数值 · 回车 下一项 · 退格 上一项 · M 备注 · Ctrl+V 粘贴照片 · Ctrl+Enter 提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="166"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="193"/>
        <source>Items</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="244"/>
        <source>Item {n} of {total}</source>
        <translation>第 {n} 项 / 共 {total} 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="251"/>
        <source>Critical item</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="253"/>
        <source>Photo needed on failure</source>
        <translation>不合格须拍照</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="269"/>
        <source>Score (0–{top}):</source>
        <translation>分数（0–{top}）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="273"/>
        <source>Value {limits} {unit}:</source>
        <translation>数值 {limits} {unit}：</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="276"/>
        <source>Answer (T to type):</source>
        <translation>回答（按 T 输入）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_layout.py" line="286"/>
        <source>Score {score}</source>
        <translation>得分 {score}</translation>
    </message>
</context>
<context>
    <name>RoundView</name>
    <message>
        <location filename="../../app/ui/patrols/round_view.py" line="156"/>
        <source>Type a number, then Enter.</source>
        <translation>请输入数字后按回车。</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_view.py" line="160"/>
        <source>The score must be between 0 and {top}.</source>
        <translation>分数须在 0 到 {top} 之间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_view.py" line="182"/>
        <source>Type the measured number, then Enter.</source>
        <translation>请输入测量值后按回车。</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/round_view.py" line="250"/>
        <source>The clipboard holds no picture.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
</context>
<context>
    <name>RouteRepairDialog</name>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="213"/>
        <source>Route as a repair order</source>
        <translation>转为维修单</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="217"/>
        <source>What needs repairing</source>
        <translation>需要维修的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="218"/>
        <source>Support department</source>
        <translation>保障部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="219"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="226"/>
        <source>Choose the support department.</source>
        <translation>请选择保障部门。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="20"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="26"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="31"/>
        <source>Users and roles</source>
        <translation>用户与权限</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="33"/>
        <source>What each role may do</source>
        <translation>角色权限一览</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="35"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>SeverityDialog</name>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="137"/>
        <source>Change severity</source>
        <translation>更改严重程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="140"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/finding_dialogs.py" line="141"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="48"/>
        <source>Edit shift</source>
        <translation>编辑班次</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="48"/>
        <source>New shift</source>
        <translation>新建班次</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="58"/>
        <source>In use (shown in the grid)</source>
        <translation>启用（在排班表中显示）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="62"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="63"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="64"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="65"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="73"/>
        <source>Ends the next day (crosses midnight).</source>
        <translation>次日结束（跨零点）。</translation>
    </message>
</context>
<context>
    <name>ShiftsTab</name>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="166"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="166"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="168"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="169"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="170"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="171"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="173"/>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="174"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="178"/>
        <source>New shift…</source>
        <translation>新建班次…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="179"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="199"/>
        <source>Back to quota</source>
        <translation>恢复为编制</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="200"/>
        <source>The selected cells go back to the post&apos;s quota</source>
        <translation>所选格恢复为岗位编制人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="211"/>
        <source>Shift types</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="219"/>
        <source>Required head-count per shift and weekday</source>
        <translation>各班次、各星期的编制人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="222"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="227"/>
        <source>Grey italic: default = the post&apos;s quota. Type a number to set it for that shift and day; Delete goes back to the quota.</source>
        <translation>灰色斜体：默认为岗位编制。输入数字可单独设置该班次该日的人数；按 Delete 恢复为岗位编制。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/shifts_tab.py" line="245"/>
        <source>{department} · {post} (quota {n})</source>
        <translation>{department} · {post}（编制 {n}）</translation>
    </message>
</context>
<context>
    <name>SkillModel</name>
    <message>
        <location filename="../../app/ui/roster/skills_tab.py" line="129"/>
        <source>Posts</source>
        <translation>可上岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/skills_tab.py" line="137"/>
        <source>Can stand here</source>
        <translation>可上岗人数</translation>
    </message>
</context>
<context>
    <name>SkillsTab</name>
    <message>
        <location filename="../../app/ui/roster/skills_tab.py" line="168"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/skills_tab.py" line="177"/>
        <source>Change skills on the Organisation page (Staff → Add qualification). In-training posts are not offered for redeployment.</source>
        <translation>技能在“组织”页修改（员工 → 添加资质）。培训中的岗位不会用于抽调顶岗。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/skills_tab.py" line="189"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <location filename="../../app/ui/spreadsheet_import_dialog.py" line="84"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_import_dialog.py" line="85"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_import_dialog.py" line="87"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_import_dialog.py" line="111"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/spreadsheet_import_dialog.py" line="176"/>
        <source>{count} problems found; nothing can be imported until they are fixed in the file. Then choose Check again.</source>
        <translation>发现 {count} 个问题，须在文件中改正后才能导入。改好后请点击“重新检查”。</translation>
    </message>
</context>
<context>
    <name>StaffExport</name>
    <message>
        <location filename="../../app/ui/staff_import_dialog.py" line="66"/>
        <source>Export staff</source>
        <translation>导出员工名单</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_import_dialog.py" line="63"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_import_dialog.py" line="64"/>
        <source>CSV UTF-8 (*.csv)</source>
        <translation>CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_import_dialog.py" line="69"/>
        <source>Exported {count} employees to {file}.</source>
        <translation>已导出 {count} 名员工到 {file}。</translation>
    </message>
</context>
<context>
    <name>StaffImportDialog</name>
    <message>
        <location filename="../../app/ui/staff_import_dialog.py" line="28"/>
        <source>Import staff from a spreadsheet</source>
        <translation>从表格导入员工名单</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_import_dialog.py" line="33"/>
        <source>Columns: 工号 code, 姓名 name, 部门 department, 岗位 post, 上级工号 leader code, 电话 phone, 入职日期 hire date, 兼岗 extra posts, 在职 active; headers in Chinese or English. Every row is checked first: nothing is imported until the whole file is correct.</source>
        <translation>表格列：工号、姓名、部门、岗位、上级工号、电话、入职日期、兼岗、在职；表头用中文或英文均可。系统会先逐行检查，整个文件无误后才会导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_import_dialog.py" line="39"/>
        <source>Create missing departments and posts</source>
        <translation>自动新建缺少的部门和岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_import_dialog.py" line="44"/>
        <source>Choose the staff list</source>
        <translation>选择员工名单</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_import_dialog.py" line="44"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_import_dialog.py" line="49"/>
        <source>Ready to import {rows} rows: {created} new, {updated} updated, {unchanged} unchanged; {departments} new departments, {posts} new posts.</source>
        <translation>可导入 {rows} 行：新增 {created} 人，更新 {updated} 人，{unchanged} 人无变化；新建部门 {departments} 个，新建岗位 {posts} 个。</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="43"/>
        <source>New employee…</source>
        <translation>新增员工…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="44"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="45"/>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="204"/>
        <source>Deactivate…</source>
        <translation>办理离职…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="46"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="48"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="52"/>
        <source>Search code, name or phone</source>
        <translation>搜索工号、姓名或电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="56"/>
        <source>Any leader</source>
        <translation>不限上级</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="59"/>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="64"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="59"/>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="64"/>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="60"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="67"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="68"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="69"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="70"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="71"/>
        <source>Leader</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="72"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="73"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="74"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="137"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="146"/>
        <source>All posts</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="166"/>
        <source>{n} people</source>
        <translation>共 {n} 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="203"/>
        <source>Reactivate…</source>
        <translation>恢复在职…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="261"/>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="265"/>
        <source>Reactivate</source>
        <translation>恢复在职</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="262"/>
        <source>Record that {name} ({code}) works here again?</source>
        <translation>确定将 {name}（{code}）恢复为在职吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="265"/>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="292"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="289"/>
        <source>Remove qualification</source>
        <translation>移除兼岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="290"/>
        <source>Remove the qualification for {post}?</source>
        <translation>确定移除“{post}”的兼岗资格吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_staff_tab.py" line="292"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <location filename="../../app/ui/patrols/start_dialog.py" line="27"/>
        <source>Start a round</source>
        <translation>开始巡查</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/start_dialog.py" line="36"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/start_dialog.py" line="37"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/start_dialog.py" line="38"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/start_dialog.py" line="39"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/start_dialog.py" line="64"/>
        <source> (not for this level)</source>
        <translation>（非本层级适用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/start_dialog.py" line="71"/>
        <source>Choose an area, a level and a checklist.</source>
        <translation>请选择区域、层级和检查表。</translation>
    </message>
</context>
<context>
    <name>SubmitFixDialog</name>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="65"/>
        <source>Submit the fix</source>
        <translation>提交整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="71"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="72"/>
        <source>What was done to fix it</source>
        <translation>采取了哪些纠正措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="73"/>
        <source>What stops it happening again (optional)</source>
        <translation>如何防止再次发生（选填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="75"/>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="77"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="86"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="87"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="88"/>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="89"/>
        <source>Preventive action</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="90"/>
        <source>After-photos</source>
        <translation>整改后照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="96"/>
        <source>{count} photo(s)</source>
        <translation>{count} 张照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="98"/>
        <source>Required: the finding has a photo — choose, paste or drop one</source>
        <translation>必填：问题有照片，请选择、粘贴或拖入整改后照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="130"/>
        <source>Choose the root cause.</source>
        <translation>请选择根本原因。</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="133"/>
        <source>Say what was done to fix it.</source>
        <translation>请填写纠正措施。</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="136"/>
        <source>The finding has a photo: add a photo of the fixed state.</source>
        <translation>问题有照片：请添加整改后的照片。</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../app/ui/patrols/summary_view.py" line="43"/>
        <source>Round submitted: {area} · {checklist}</source>
        <translation>巡查已提交：{area} · {checklist}</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/summary_view.py" line="54"/>
        <source>Passed {passed} · Failed {failed} · Not applicable {na}</source>
        <translation>合格 {passed} · 不合格 {failed} · 不适用 {na}</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/summary_view.py" line="57"/>
        <source>⚠ A critical item failed: this round is flagged whatever its score.</source>
        <translation>⚠ 有关键项不合格：无论得分多少，本次巡查都被标记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/summary_view.py" line="63"/>
        <source>Back to patrols</source>
        <translation>返回巡查</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/summary_view.py" line="64"/>
        <source>Change owner…</source>
        <translation>更换责任人…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/summary_view.py" line="65"/>
        <source>Change severity…</source>
        <translation>更改严重程度…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/summary_view.py" line="70"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/summary_view.py" line="71"/>
        <source>Passed by</source>
        <translation>判合格者</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/summary_view.py" line="73"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/summary_view.py" line="94"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/summary_view.py" line="100"/>
        <source>Findings ({count}) — each owned by the person on duty</source>
        <translation>问题（{count}）— 责任到当班人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/summary_view.py" line="108"/>
        <source>Disagreements ({count}) — items a lower layer passed in this shift</source>
        <translation>分歧（{count}）— 本班次下一层检查判为合格的项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/summary_view.py" line="122"/>
        <source>Photos of the selected finding</source>
        <translation>所选问题的照片</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../app/ui/team_dialog.py" line="27"/>
        <source>New team</source>
        <translation>新增班组</translation>
    </message>
    <message>
        <location filename="../../app/ui/team_dialog.py" line="28"/>
        <source>Edit team {name}</source>
        <translation>编辑班组 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/team_dialog.py" line="35"/>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <location filename="../../app/ui/team_dialog.py" line="36"/>
        <source>(no leader)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../app/ui/team_dialog.py" line="39"/>
        <source>Filter by name, code or post</source>
        <translation>按姓名、工号或岗位筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/team_dialog.py" line="52"/>
        <source>Team name</source>
        <translation>班组名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/team_dialog.py" line="53"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/team_dialog.py" line="54"/>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/team_dialog.py" line="55"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/team_dialog.py" line="81"/>
        <source>Choose the leader from the list, or &apos;(no leader)&apos;.</source>
        <translation>请从列表中选择负责人，或选择“（无负责人）”。</translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="78"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="79"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="80"/>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="81"/>
        <source>Size</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="82"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="85"/>
        <source>New team…</source>
        <translation>新增班组…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="86"/>
        <source>A team is a leader and members; someone stands in one team at a time. Areas name the team that looks after them by default.</source>
        <translation>班组由一名负责人和若干成员组成，每人同一时间只属于一个班组。每个区域可指定默认负责的班组。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="114"/>
        <source>Delete team</source>
        <translation>删除班组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="115"/>
        <source>Delete the team {name}? Its areas keep no default team.</source>
        <translation>确定删除班组“{name}”吗？其负责的区域将不再有默认班组。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="118"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="118"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="32"/>
        <source>Duplicate template</source>
        <translation>复制检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="33"/>
        <source>New template</source>
        <translation>新建检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="34"/>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="38"/>
        <source>small letters, digits and _; used by JSON import</source>
        <translation>小写字母、数字和 _；用于 JSON 导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="42"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="44"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="47"/>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="49"/>
        <source>The copy starts as a draft, version 1, with the same items.</source>
        <translation>副本为第 1 版草稿，检查项与原表相同。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="60"/>
        <source>Give the template a name.</source>
        <translation>请填写检查表名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/dialogs.py" line="63"/>
        <source>The key takes small letters, digits, &apos;_&apos; and &apos;-&apos; only (at most 60).</source>
        <translation>标识只能包含小写字母、数字、“_”和“-”（最多 60 个字符）。</translation>
    </message>
</context>
<context>
    <name>TemplateNameDialog</name>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="145"/>
        <source>Save the week as a template</source>
        <translation>将本周保存为模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="148"/>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="149"/>
        <source>A template with the same name is replaced.</source>
        <translation>同名模板将被替换。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_dialogs.py" line="154"/>
        <source>Enter a name for the template.</source>
        <translation>请输入模板名称。</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <location filename="../../app/ui/context.py" line="29"/>
        <source>Cannot do that</source>
        <translation>无法完成操作</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="21"/>
        <source>New department…</source>
        <translation>新增部门…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="22"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="23"/>
        <location filename="../../app/ui/pages/org_units_tab.py" line="127"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="24"/>
        <source>Edit rank…</source>
        <translation>编辑职级…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="27"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="28"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="29"/>
        <source>Posts</source>
        <translation>岗位数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="30"/>
        <source>Staff</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="33"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="34"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="35"/>
        <source>English label</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="36"/>
        <source>Span limit</source>
        <translation>管理幅度</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="43"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="49"/>
        <source>Ranks from the top down. The span limit is how many direct reports a leader of that rank should have (one leads three); more is shown as a warning, never refused.</source>
        <translation>职级从高到低排列。管理幅度指该职级的上级应带领的直属下级人数（一拖三）；超出时只作提醒，不会阻止。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="56"/>
        <source>Ranks</source>
        <translation>职级</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="124"/>
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="125"/>
        <source>Delete the department {name}?</source>
        <translation>确定删除部门“{name}”吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_units_tab.py" line="127"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../app/ui/pages/users_admin.py" line="58"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/users_admin.py" line="58"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/users_admin.py" line="58"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/users_admin.py" line="59"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/users_admin.py" line="59"/>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/users_admin.py" line="109"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/users_admin.py" line="109"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>UsersAdminPanel</name>
    <message>
        <location filename="../../app/ui/pages/users_admin.py" line="126"/>
        <source>Who may sign in to FloorQC and with which role. A user locked out after too many failed sign-ins is unlocked by resetting their password.</source>
        <translation>谁可以登录系统、以什么角色登录。因多次登录失败而被锁定的账号，重置密码即可解锁。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/users_admin.py" line="130"/>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/users_admin.py" line="131"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/users_admin.py" line="132"/>
        <source>Change role / deactivate…</source>
        <translation>修改角色 / 停用…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="150"/>
        <source>Verify the fix</source>
        <translation>验证整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="154"/>
        <source>“Not effective” reopens the item with a new deadline.</source>
        <translation>选择“无效”将重新打开并给出新的期限。</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="156"/>
        <source>Fix</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/action_dialogs.py" line="157"/>
        <source>Efficacy</source>
        <translation>整改效果</translation>
    </message>
</context>
<context>
    <name>VersionEditor</name>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="66"/>
        <source>New version…</source>
        <translation>新版本…</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="75"/>
        <source>Add item</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="76"/>
        <location filename="../../app/ui/checklists/editor.py" line="228"/>
        <source>Edit item…</source>
        <translation>编辑检查项…</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="77"/>
        <source>Duplicate item</source>
        <translation>复制检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="78"/>
        <source>Delete item</source>
        <translation>删除检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="79"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="80"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="81"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+↑</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="82"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+↓</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="83"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="84"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="85"/>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="86"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="111"/>
        <source>Your role may not {what}.</source>
        <translation>您的角色无权{what}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="120"/>
        <source>Section</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="121"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="122"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="123"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="124"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="125"/>
        <source>Critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="127"/>
        <source>Response</source>
        <translation>作答方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="129"/>
        <source>Photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="131"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="151"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="153"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="154"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="155"/>
        <source>Used for</source>
        <translation>适用层级</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="156"/>
        <source>Area kinds</source>
        <translation>适用区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="157"/>
        <source>No area kind ticked: the checklist suits every area.</source>
        <translation>未勾选区域类型：适用于所有区域。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="202"/>
        <source>No template selected</source>
        <translation>未选择检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="203"/>
        <source>Version {n} · published</source>
        <translation>第 {n} 版 · 已发布</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="204"/>
        <source>Version {n} · draft</source>
        <translation>第 {n} 版 · 草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="209"/>
        <source>Published versions are frozen — start a new version to change it.</source>
        <translation>已发布的版本不可修改——如需修改，请新建版本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="212"/>
        <source>Read only: your role may not change checklists.</source>
        <translation>只读：您的角色无权修改检查表。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="228"/>
        <source>View item…</source>
        <translation>查看检查项…</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="351"/>
        <location filename="../../app/ui/checklists/editor.py" line="355"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="352"/>
        <source>Publish version {n} of “{name}”? It is frozen from then on and patrols use it; a later change makes a new version.</source>
        <translation>发布“{name}”第 {n} 版？发布后不可修改，巡查将使用此版本；之后的修改需新建版本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklists/editor.py" line="355"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>WallboardWindow</name>
    <message>
        <location filename="../../app/ui/rectifications/wallboard.py" line="45"/>
        <source>FloorQC wallboard</source>
        <translation>FloorQC 看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/wallboard.py" line="57"/>
        <source>No open critical or major items.</source>
        <translation>没有未关闭的严重或较重问题。</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/wallboard.py" line="58"/>
        <source>Esc closes the wallboard</source>
        <translation>按 Esc 关闭看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/wallboard.py" line="90"/>
        <source>Open critical and major items: {count}</source>
        <translation>未关闭的严重和较重问题：{count}</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../app/ui/roster/week_grid.py" line="248"/>
        <source>(left)</source>
        <translation>（已离职）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_grid.py" line="267"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_grid.py" line="267"/>
        <source>code · post</source>
        <translation>工号 · 岗位</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_grid.py" line="282"/>
        <source>redeployed</source>
        <translation>抽调顶岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_grid.py" line="282"/>
        <source>rule breach confirmed</source>
        <translation>违规已确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_grid.py" line="283"/>
        <source>absent / leave</source>
        <translation>缺勤 / 请假</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_grid.py" line="285"/>
        <source>rostered</source>
        <translation>已排班</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_grid.py" line="293"/>
        <source>late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_grid.py" line="294"/>
        <source>Enter or type: edit · Del: clear · Ctrl+C / Ctrl+V · Ctrl+D: fill · drag a cell to copy it</source>
        <translation>回车或直接输入：编辑 · Del：清除 · Ctrl+C / Ctrl+V · Ctrl+D：填充 · 拖动单元格即复制</translation>
    </message>
</context>
<context>
    <name>WeekGridModel</name>
    <message>
        <location filename="../../app/ui/roster/week_model.py" line="111"/>
        <source>No team</source>
        <translation>未分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_model.py" line="205"/>
        <source>Redeployed (抽调) from {post}, approved by {who}</source>
        <translation>抽调自{post}，批准人 {who}</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_model.py" line="208"/>
        <source>Rule breach confirmed: {reason}</source>
        <translation>违规已确认：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_model.py" line="211"/>
        <source>Late {n} min</source>
        <translation>迟到 {n} 分钟</translation>
    </message>
</context>
<context>
    <name>WeekTab</name>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="60"/>
        <source>Copy last week</source>
        <translation>复制上周</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="61"/>
        <source>Fill this week&apos;s empty cells from last week</source>
        <translation>用上周排班填充本周的空白格</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="62"/>
        <source>Save as template…</source>
        <translation>存为模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="63"/>
        <source>Apply template…</source>
        <translation>套用模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="64"/>
        <location filename="../../app/ui/roster/week_tab.py" line="379"/>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="65"/>
        <source>Copy the first (top-left) selected cell into the other selected cells (Ctrl+D)</source>
        <translation>将所选区域的第一格（左上角）复制到其余所选格（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="66"/>
        <location filename="../../app/ui/roster/week_tab.py" line="306"/>
        <location filename="../../app/ui/roster/week_tab.py" line="376"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="66"/>
        <source>Delete</source>
        <translation>Delete 键</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="67"/>
        <location filename="../../app/ui/roster/week_tab.py" line="380"/>
        <source>Attendance…</source>
        <translation>考勤…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="69"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="70"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="120"/>
        <source>No department</source>
        <translation>未分部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="121"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="171"/>
        <source>Your role may not change rosters.</source>
        <translation>您的角色无权修改排班。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="181"/>
        <source>{name} has left and cannot be rostered.</source>
        <translation>{name} 已离职，不能排班。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="194"/>
        <source>not qualified</source>
        <translation>无资质</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="253"/>
        <source>Saved {n} cell(s).</source>
        <translation>已保存 {n} 格。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="274"/>
        <source>Saved {n} cell(s) with the reason given.</source>
        <translation>已按所填原因保存 {n} 格。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="297"/>
        <source>Cleared {n} cell(s).</source>
        <translation>已清除 {n} 格。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="304"/>
        <source>Clear cells</source>
        <translation>清除排班</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="305"/>
        <source>Clear {n} rostered cells?</source>
        <translation>清除 {n} 个已排班的格？</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="306"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="317"/>
        <source>Copied {what}. Select cells and press Ctrl+V.</source>
        <translation>已复制 {what}。选中目标格后按 Ctrl+V。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="318"/>
        <source>an empty cell</source>
        <translation>空白格</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="327"/>
        <source>Select the cell to copy and the cells to fill, then press Ctrl+D.</source>
        <translation>请选中要复制的格及要填充的格，然后按 Ctrl+D。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="356"/>
        <source>Select a rostered cell first.</source>
        <translation>请先选中已排班的格。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="358"/>
        <source>Attendance: {cell}</source>
        <translation>考勤：{cell}</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="375"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="377"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tab.py" line="378"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
</context>
<context>
    <name>WeekTools</name>
    <message>
        <location filename="../../app/ui/roster/week_tools.py" line="39"/>
        <source>Copy last week</source>
        <translation>复制上周</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tools.py" line="56"/>
        <source>Saved the week as template “{name}”.</source>
        <translation>已将本周保存为模板“{name}”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tools.py" line="74"/>
        <source>Apply template</source>
        <translation>套用模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/week_tools.py" line="88"/>
        <source>Roster export and import are not available in this version.</source>
        <translation>此版本不支持排班导出与导入。</translation>
    </message>
</context>
<context>
    <name>_TableTab</name>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="23"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/org_teams_tab.py" line="24"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>_UserFormDialog</name>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="83"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="120"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>accountability</name>
    <message>
        <location filename="../../app/services/accountability.py" line="19"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/services/accountability.py" line="20"/>
        <source>Criticism</source>
        <translation>批评教育</translation>
    </message>
    <message>
        <location filename="../../app/services/accountability.py" line="21"/>
        <source>Order to correct</source>
        <translation>责令改正</translation>
    </message>
    <message>
        <location filename="../../app/services/accountability.py" line="22"/>
        <source>Financial responsibility</source>
        <translation>经济责任</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../app/domain/org.py" line="30"/>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <location filename="../../app/domain/org.py" line="31"/>
        <source>Private room</source>
        <translation>包房</translation>
    </message>
    <message>
        <location filename="../../app/domain/org.py" line="32"/>
        <source>Reception</source>
        <translation>迎宾台</translation>
    </message>
    <message>
        <location filename="../../app/domain/org.py" line="33"/>
        <source>Service passage</source>
        <translation>传菜通道</translation>
    </message>
    <message>
        <location filename="../../app/domain/org.py" line="34"/>
        <source>Pass</source>
        <translation>出菜口</translation>
    </message>
    <message>
        <location filename="../../app/domain/org.py" line="35"/>
        <source>Restroom</source>
        <translation>洗手间</translation>
    </message>
    <message>
        <location filename="../../app/domain/org.py" line="36"/>
        <source>Bar</source>
        <translation>吧台</translation>
    </message>
    <message>
        <location filename="../../app/domain/org.py" line="37"/>
        <source>Kitchen</source>
        <translation>后厨</translation>
    </message>
    <message>
        <location filename="../../app/domain/org.py" line="38"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <location filename="../../app/ui/roster/common.py" line="45"/>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/common.py" line="46"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/common.py" line="47"/>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/common.py" line="48"/>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <location filename="../../app/domain/checklists.py" line="24"/>
        <source>Grooming (仪容仪表)</source>
        <translation>仪容仪表</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="25"/>
        <source>Hygiene (卫生)</source>
        <translation>卫生</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="26"/>
        <source>Service process (服务流程)</source>
        <translation>服务流程</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="27"/>
        <source>Facilities and equipment (设施设备)</source>
        <translation>设施设备</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="28"/>
        <source>Safety (安全)</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="29"/>
        <source>Food delivery (出品/传菜)</source>
        <translation>出品/传菜</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="30"/>
        <source>Linen (布草)</source>
        <translation>布草</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="31"/>
        <source>Tableware (餐具)</source>
        <translation>餐具</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="32"/>
        <source>Consumables (低值易耗品)</source>
        <translation>低值易耗品</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli.py" line="65"/>
        <source>integrity check failed: {problems}</source>
        <translation>完整性检查失败：{problems}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="68"/>
        <source>integrity check: ok</source>
        <translation>完整性检查：正常</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="72"/>
        <source>foreign key check failed: {table} row {row} refers to a missing {parent} ({count} problem(s))</source>
        <translation>外键检查失败：{table} 第 {row} 行引用了不存在的 {parent}（共 {count} 处问题）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="76"/>
        <source>foreign key check: ok</source>
        <translation>外键检查：正常</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="79"/>
        <source>audit row {row} does not match its hash</source>
        <translation>审计记录第 {row} 行与其哈希值不符</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="82"/>
        <source>audit chain: ok ({rows} rows, head {head})</source>
        <translation>审计链：正常（{rows} 行，链头 {head}）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="138"/>
        <source>Exported the roster of {week} ({count} employees) to {file}</source>
        <translation>已将 {week} 的排班表（{count} 名员工）导出到 {file}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="151"/>
        <source>Exported {count} employees to {file}</source>
        <translation>已导出 {count} 名员工到 {file}</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="43"/>
        <source>Demo venue {venue} created: {employees} staff, {posts} posts, {teams} teams, {areas} areas, {users} sign-ins (passwords in README), {roster_entries} roster entries over four weeks, {rounds} patrol rounds over three weeks.</source>
        <translation>已创建演示门店 {venue}：员工 {employees} 人，岗位 {posts} 个，班组 {teams} 个，区域 {areas} 个，登录账号 {users} 个（密码见 README），四周排班记录 {roster_entries} 条，三周巡查 {rounds} 次。</translation>
    </message>
</context>
<context>
    <name>departments</name>
    <message>
        <location filename="../../app/domain/org.py" line="48"/>
        <source>Floor</source>
        <translation>一线部门</translation>
    </message>
    <message>
        <location filename="../../app/domain/org.py" line="49"/>
        <source>Support</source>
        <translation>后勤保障部门</translation>
    </message>
</context>
<context>
    <name>dimensions</name>
    <message>
        <location filename="../../app/domain/checklists.py" line="36"/>
        <source>Tangibles (有形性)</source>
        <translation>有形性</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="37"/>
        <source>Reliability (可靠性)</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="38"/>
        <source>Responsiveness (响应性)</source>
        <translation>响应性</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="39"/>
        <source>Assurance (保证性)</source>
        <translation>保证性</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="40"/>
        <source>Empathy (移情性)</source>
        <translation>移情性</translation>
    </message>
</context>
<context>
    <name>efficacy</name>
    <message>
        <location filename="../../app/domain/rectification.py" line="33"/>
        <source>Effective</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="34"/>
        <source>Partly effective</source>
        <translation>部分有效</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="35"/>
        <source>Not effective</source>
        <translation>无效</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/db/migrate.py" line="20"/>
        <source>This database was written by a newer FloorQC (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>该数据库由更新版本的楼面质检创建（数据库结构版本 {revision}）。请安装新版本后再打开；数据未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/domain/errors.py" line="59"/>
        <source>Your role ({role}) may not {permission}.</source>
        <translation>您的角色（{role}）无权{permission}。</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="26"/>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="39"/>
        <location filename="../../app/services/auth.py" line="108"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="43"/>
        <source>An administrator already exists.</source>
        <translation>系统管理员已存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="55"/>
        <source>This account is locked after too many failed sign-ins. Try again in {minutes} min or ask an administrator.</source>
        <translation>该账号因多次登录失败已被锁定。请 {minutes} 分钟后再试，或联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="66"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="114"/>
        <source>The user name {username} is taken.</source>
        <translation>用户名 {username} 已被占用。</translation>
    </message>
    <message>
        <location filename="../../app/services/accountability.py" line="40"/>
        <source>Unknown kind of record {kind}.</source>
        <translation>未知的处理类型 {kind}。</translation>
    </message>
    <message>
        <location filename="../../app/services/accountability.py" line="42"/>
        <source>Give the reason for the record.</source>
        <translation>请填写处理原因。</translation>
    </message>
    <message>
        <location filename="../../app/services/accountability.py" line="45"/>
        <source>A financial responsibility needs an amount above zero.</source>
        <translation>经济责任须填写大于零的金额。</translation>
    </message>
    <message>
        <location filename="../../app/services/accountability.py" line="50"/>
        <location filename="../../app/services/auth.py" line="117"/>
        <location filename="../../app/services/staff.py" line="58"/>
        <location filename="../../app/services/staff.py" line="182"/>
        <location filename="../../app/services/staff.py" line="207"/>
        <location filename="../../app/services/staff.py" line="234"/>
        <location filename="../../app/services/staff.py" line="263"/>
        <location filename="../../app/services/teams.py" line="50"/>
        <source>No such employee.</source>
        <translation>找不到该员工。</translation>
    </message>
    <message>
        <location filename="../../app/services/accountability.py" line="54"/>
        <source>Only a leader above {name} or HR may record this.</source>
        <translation>只有 {name} 的上级或人事可以记录此项。</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="134"/>
        <location filename="../../app/services/auth.py" line="146"/>
        <source>No such user.</source>
        <translation>找不到该用户。</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="148"/>
        <source>You cannot remove your own administrator rights.</source>
        <translation>不能取消您自己的系统管理员权限。</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="71"/>
        <source>This database already has staff; the demo venue needs an empty one.</source>
        <translation>该数据库已有员工，演示门店需要空数据库。</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="75"/>
        <source>The demo sign-in names are already taken in this database.</source>
        <translation>该数据库中已有与演示账号同名的用户。</translation>
    </message>
    <message>
        <location filename="../../app/services/org_structure.py" line="61"/>
        <source>Enter a name for the department.</source>
        <translation>请输入部门名称。</translation>
    </message>
    <message>
        <location filename="../../app/services/org_structure.py" line="63"/>
        <source>Unknown department kind {kind}.</source>
        <translation>未知的部门类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../app/services/org_structure.py" line="69"/>
        <source>A department named {name} already exists.</source>
        <translation>已有名为“{name}”的部门。</translation>
    </message>
    <message>
        <location filename="../../app/services/org_structure.py" line="79"/>
        <location filename="../../app/services/org_structure.py" line="91"/>
        <location filename="../../app/services/org_structure.py" line="143"/>
        <source>No such department.</source>
        <translation>找不到该部门。</translation>
    </message>
    <message>
        <location filename="../../app/services/org_structure.py" line="94"/>
        <source>Department {name} still has posts; move or delete them first.</source>
        <translation>部门“{name}”下仍有岗位，请先移走或删除这些岗位。</translation>
    </message>
    <message>
        <location filename="../../app/services/org_structure.py" line="111"/>
        <source>Enter a label for the rank.</source>
        <translation>请输入职级名称。</translation>
    </message>
    <message>
        <location filename="../../app/services/org_structure.py" line="113"/>
        <source>A span must be at least 1.</source>
        <translation>管理幅度至少为 1。</translation>
    </message>
    <message>
        <location filename="../../app/services/org_structure.py" line="117"/>
        <location filename="../../app/services/org_structure.py" line="145"/>
        <source>No such rank.</source>
        <translation>找不到该职级。</translation>
    </message>
    <message>
        <location filename="../../app/services/org_structure.py" line="137"/>
        <source>Enter a name for the post.</source>
        <translation>请输入岗位名称。</translation>
    </message>
    <message>
        <location filename="../../app/services/org_structure.py" line="139"/>
        <source>A quota cannot be negative.</source>
        <translation>编制人数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/services/org_structure.py" line="149"/>
        <source>A post named {name} already exists.</source>
        <translation>已有名为“{name}”的岗位。</translation>
    </message>
    <message>
        <location filename="../../app/services/org_structure.py" line="160"/>
        <location filename="../../app/services/org_structure.py" line="177"/>
        <location filename="../../app/services/shifts.py" line="82"/>
        <location filename="../../app/services/staff.py" line="98"/>
        <source>No such post.</source>
        <translation>找不到该岗位。</translation>
    </message>
    <message>
        <location filename="../../app/services/org_structure.py" line="180"/>
        <source>Post {name} still has staff; move them first.</source>
        <translation>岗位“{name}”仍有员工在岗，请先将其调岗。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="82"/>
        <source>Unknown setting {key}.</source>
        <translation>未知的设置项：{key}。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="85"/>
        <source>“{setting}” must be a whole number of at least {minimum}.</source>
        <translation>“{setting}”必须是不小于 {minimum} 的整数。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="72"/>
        <source>The chosen leader does not exist.</source>
        <translation>所选上级不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="74"/>
        <source>{name} has left and cannot lead anyone.</source>
        <translation>{name} 已离职，不能担任上级。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="83"/>
        <source>This would make a leadership loop: {chain}.</source>
        <translation>这样会形成循环的上下级关系：{chain}。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="90"/>
        <source>Enter an employee code.</source>
        <translation>请输入工号。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="92"/>
        <source>Enter the employee&apos;s name.</source>
        <translation>请输入员工姓名。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="95"/>
        <source>Employee code {code} is already used.</source>
        <translation>工号 {code} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="100"/>
        <source>Nobody can be their own leader.</source>
        <translation>员工不能是自己的上级。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="184"/>
        <source>{name} was changed by someone else meanwhile. Reopen the record and try again.</source>
        <translation>{name} 的资料已被他人修改。请重新打开后再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="189"/>
        <source>Use &apos;Deactivate&apos; to record that someone has left.</source>
        <translation>员工离职请使用“办理离职”。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="211"/>
        <source>{name} leads {count} people. Choose who leads them now first.</source>
        <translation>{name} 直接带领 {count} 人，请先指定他们的新上级。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="215"/>
        <source>Choose someone other than the person who is leaving.</source>
        <translation>请选择离职人员以外的其他人。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="253"/>
        <source>Unknown qualification level {level}.</source>
        <translation>未知的兼岗等级：{level}。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="258"/>
        <source>No such employee or post.</source>
        <translation>找不到该员工或岗位。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="260"/>
        <source>This is already {name}&apos;s own post.</source>
        <translation>这已是 {name} 的本职岗位。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="281"/>
        <source>No such qualification.</source>
        <translation>找不到该兼岗资格。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_io.py" line="28"/>
        <source>One problem; nothing was imported.</source>
        <translation>发现 1 个问题，未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_io.py" line="30"/>
        <source>{count} problems; nothing was imported.</source>
        <translation>发现 {count} 个问题，未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_sheet.py" line="165"/>
        <source>The file contains no rows.</source>
        <translation>文件中没有任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_sheet.py" line="190"/>
        <source>The file has a header row but no employees.</source>
        <translation>文件只有表头，没有员工数据。</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="54"/>
        <source>{file} is an old Excel 97-2003 file. Save it as an Excel workbook (.xlsx) or as CSV UTF-8 first.</source>
        <translation>{file} 是旧版 Excel 97-2003 文件。请先另存为 Excel 工作簿（.xlsx）或“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="58"/>
        <source>{file}: only .xlsx and .csv files are supported.</source>
        <translation>{file}：仅支持 .xlsx 和 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="69"/>
        <source>{count} problem(s) in the checklist file; nothing was imported.</source>
        <translation>检查表文件中有 {count} 处问题，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="317"/>
        <location filename="../../app/services/tabular.py" line="73"/>
        <source>No such file: {file}</source>
        <translation>找不到文件：{file}</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="320"/>
        <source>{file} is larger than {limit} MB; a checklist file is much smaller.</source>
        <translation>{file} 超过 {limit} MB，检查表文件不应这么大。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="328"/>
        <source>{file} is not a FloorQC checklist file (not valid UTF-8 JSON: {where}).</source>
        <translation>{file} 不是楼面质检的检查表文件（不是有效的 UTF-8 JSON：{where}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="75"/>
        <source>{file} is larger than {limit} MB; split it into smaller files.</source>
        <translation>{file} 超过 {limit} MB，请拆分成几个较小的文件。</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="92"/>
        <source>{file} has more than {limit} rows; split it into smaller files.</source>
        <translation>{file} 超过 {limit} 行，请拆分成几个较小的文件。</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="131"/>
        <source>{file} could not be read as an Excel workbook: {reason}</source>
        <translation>无法以 Excel 工作簿格式读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="158"/>
        <source>{file} is neither UTF-8 nor GB18030 text. Save it from Excel as &quot;CSV UTF-8&quot; or as an Excel workbook (.xlsx).</source>
        <translation>{file} 既不是 UTF-8 也不是 GB18030 编码的文本。请在 Excel 中另存为“CSV UTF-8”或 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="168"/>
        <source>{file} is not a valid CSV file: {reason}</source>
        <translation>{file} 不是有效的 CSV 文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/teams.py" line="40"/>
        <source>Enter a name for the team.</source>
        <translation>请输入班组名称。</translation>
    </message>
    <message>
        <location filename="../../app/services/teams.py" line="46"/>
        <source>A team named {name} already exists.</source>
        <translation>已有名为“{name}”的班组。</translation>
    </message>
    <message>
        <location filename="../../app/services/teams.py" line="52"/>
        <source>{name} has left and cannot join a team.</source>
        <translation>{name} 已离职，不能加入班组。</translation>
    </message>
    <message>
        <location filename="../../app/services/teams.py" line="61"/>
        <location filename="../../app/services/teams.py" line="78"/>
        <source>No such team.</source>
        <translation>找不到该班组。</translation>
    </message>
    <message>
        <location filename="../../app/services/teams.py" line="98"/>
        <source>Enter a name for the area.</source>
        <translation>请输入区域名称。</translation>
    </message>
    <message>
        <location filename="../../app/services/teams.py" line="100"/>
        <source>Unknown area kind {kind}.</source>
        <translation>未知的区域类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../app/services/teams.py" line="106"/>
        <source>An area named {name} already exists.</source>
        <translation>已有名为“{name}”的区域。</translation>
    </message>
    <message>
        <location filename="../../app/services/teams.py" line="133"/>
        <source>{name} has patrol records and cannot be deleted; rename it instead.</source>
        <translation>{name} 已有巡查记录，不能删除，可改名。</translation>
    </message>
    <message>
        <location filename="../../app/services/on_duty.py" line="41"/>
        <location filename="../../app/services/patrols.py" line="112"/>
        <location filename="../../app/services/teams.py" line="113"/>
        <location filename="../../app/services/teams.py" line="126"/>
        <source>No such area.</source>
        <translation>找不到该区域。</translation>
    </message>
    <message>
        <location filename="../../app/services/coverage.py" line="40"/>
        <location filename="../../app/services/shifts.py" line="69"/>
        <source>No such shift.</source>
        <translation>找不到该班次。</translation>
    </message>
    <message>
        <location filename="../../app/services/coverage.py" line="133"/>
        <source>This person is not a candidate for the post in this shift: they are not qualified, not free, or their own post has no surplus.</source>
        <translation>此人不能在本班次抽调到该岗位：不具备该岗位资格、当班没有空，或其本岗位没有富余人手。</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="46"/>
        <source>This change breaks {count} roster rule(s); a manager must confirm it with a reason.</source>
        <translation>此修改违反 {count} 条排班规则，须由经理填写原因后确认。</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="132"/>
        <source>Enter a name for the template.</source>
        <translation>请输入模板名称。</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="162"/>
        <source>No such template.</source>
        <translation>找不到该排班模板。</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="182"/>
        <source>Unknown attendance {status}.</source>
        <translation>未知的考勤状态：{status}。</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="185"/>
        <source>Enter how many minutes late.</source>
        <translation>请输入迟到分钟数。</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="190"/>
        <source>No such roster entry.</source>
        <translation>找不到该排班记录。</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="202"/>
        <source>No such team or shift.</source>
        <translation>找不到该班组或班次。</translation>
    </message>
    <message>
        <location filename="../../app/services/roster.py" line="209"/>
        <source>Choose an active employee as acting leader.</source>
        <translation>请选择一名在职员工担任代班负责人。</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_rules.py" line="54"/>
        <source>No such employee, shift or post.</source>
        <translation>找不到该员工、班次或岗位。</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_import.py" line="119"/>
        <location filename="../../app/services/roster_rules.py" line="56"/>
        <source>{name} has left and cannot be rostered.</source>
        <translation>{name} 已离职，不能排班。</translation>
    </message>
    <message>
        <location filename="../../app/services/shifts.py" line="53"/>
        <source>Enter a name for the shift.</source>
        <translation>请输入班次名称。</translation>
    </message>
    <message>
        <location filename="../../app/services/shifts.py" line="55"/>
        <source>A shift must end at a different time than it starts.</source>
        <translation>班次的结束时间不能与开始时间相同。</translation>
    </message>
    <message>
        <location filename="../../app/services/shifts.py" line="61"/>
        <source>A shift named {name} already exists.</source>
        <translation>已有名为“{name}”的班次。</translation>
    </message>
    <message>
        <location filename="../../app/services/shifts.py" line="95"/>
        <source>A head-count cannot be negative.</source>
        <translation>人数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/services/shifts.py" line="98"/>
        <source>No such post or shift.</source>
        <translation>找不到该岗位或班次。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="94"/>
        <source>Write the week like 2026-W48, not {value}.</source>
        <translation>周次请写成 2026-W48 的格式，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_io.py" line="107"/>
        <source>{file}: a roster is exported as .xlsx or .pdf.</source>
        <translation>{file}：排班表只能导出为 .xlsx 或 .pdf。</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="130"/>
        <source>No header row with a 工号 column was found; export a roster to see the layout.</source>
        <translation>找不到含“工号”列的表头行；可先导出一份排班表查看格式。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_load.py" line="37"/>
        <location filename="../../app/services/checklists.py" line="342"/>
        <location filename="../../app/services/patrols.py" line="115"/>
        <source>No such checklist version.</source>
        <translation>找不到该检查表版本。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="151"/>
        <location filename="../../app/services/checklists.py" line="322"/>
        <source>Enter a name for the checklist.</source>
        <translation>请输入检查表名称。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="157"/>
        <source>{count} problem(s) in the items; nothing was saved.</source>
        <translation>检查项中有 {count} 处问题，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="186"/>
        <source>{count} problem(s); this version cannot be published yet.</source>
        <translation>有 {count} 处问题，该版本暂不能发布。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="198"/>
        <source>Say why the checklist changes (the reason stays with the new version).</source>
        <translation>请说明修改检查表的原因（原因随新版本保存）。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="312"/>
        <source>{count} problem(s) with the levels or area kinds; nothing was saved.</source>
        <translation>适用层级或区域类型有 {count} 处问题，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="319"/>
        <source>A checklist key is 1-60 lower-case letters, digits, - or _ (such as private-room-service).</source>
        <translation>检查表标识须为 1–60 个小写字母、数字、- 或 _（例如 private-room-service）。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="324"/>
        <source>A checklist with the key {key} already exists.</source>
        <translation>标识为 {key} 的检查表已存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="335"/>
        <source>No such checklist.</source>
        <translation>找不到该检查表。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="348"/>
        <source>Published versions are frozen; start a new version.</source>
        <translation>已发布的版本不可修改，请新建版本。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrol_findings.py" line="27"/>
        <source>Unknown severity {severity}.</source>
        <translation>未知的严重程度 {severity}。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrol_findings.py" line="91"/>
        <source>Describe what was found.</source>
        <translation>请描述发现的问题。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrol_findings.py" line="95"/>
        <source>Unknown category {category}.</source>
        <translation>未知的类别 {category}。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrol_findings.py" line="117"/>
        <location filename="../../app/services/rectifications.py" line="176"/>
        <source>Give a reason for changing who is responsible.</source>
        <translation>请说明更换责任人的原因。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrol_findings.py" line="123"/>
        <location filename="../../app/services/rectifications.py" line="182"/>
        <source>Choose an active employee to be responsible.</source>
        <translation>请选择一名在职员工作为责任人。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrol_findings.py" line="151"/>
        <source>No such finding.</source>
        <translation>找不到该问题记录。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrols.py" line="60"/>
        <source>The round cannot be submitted yet ({count} problem(s)):</source>
        <translation>本次巡查暂不能提交（{count} 处问题）：</translation>
    </message>
    <message>
        <location filename="../../app/services/patrols.py" line="72"/>
        <source>Not answered: {item}</source>
        <translation>未作答：{item}</translation>
    </message>
    <message>
        <location filename="../../app/services/patrols.py" line="73"/>
        <source>Failed without the required photo: {item}</source>
        <translation>不合格但缺少必需的照片：{item}</translation>
    </message>
    <message>
        <location filename="../../app/services/patrols.py" line="74"/>
        <source>Failed without a note describing the problem: {item}</source>
        <translation>不合格但未填写问题说明：{item}</translation>
    </message>
    <message>
        <location filename="../../app/services/patrols.py" line="102"/>
        <source>Unknown inspection level {level}.</source>
        <translation>未知的检查层级 {level}。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrols.py" line="106"/>
        <source>Your role ({role}) may not run a {level}.</source>
        <translation>您的角色（{role}）不能进行“{level}”。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrols.py" line="117"/>
        <source>Only a published checklist can be used for a round.</source>
        <translation>只有已发布的检查表才能用于巡查。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrols.py" line="148"/>
        <source>Unknown answer {outcome}.</source>
        <translation>未知的答案 {outcome}。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrols.py" line="264"/>
        <source>No such inspection.</source>
        <translation>找不到该次巡查。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrols.py" line="270"/>
        <source>Only {inspector}, who started this round, may change it.</source>
        <translation>只有发起本次巡查的 {inspector} 才能修改。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrols.py" line="274"/>
        <source>This round was submitted; its answers can no longer change.</source>
        <translation>本次巡查已提交，答案不能再修改。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrols.py" line="282"/>
        <source>This item is not on the round&apos;s checklist.</source>
        <translation>该项目不在本次巡查的检查表中。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrols.py" line="324"/>
        <source>Enter a value for “{item}”.</source>
        <translation>请为“{item}”填写数值。</translation>
    </message>
    <message>
        <location filename="../../app/services/patrols.py" line="330"/>
        <source>The score for “{item}” must be between 0 and {maximum}.</source>
        <translation>“{item}”的评分须在 0 到 {maximum} 之间。</translation>
    </message>
    <message>
        <location filename="../../app/services/photos.py" line="47"/>
        <source>The photo is empty.</source>
        <translation>照片为空。</translation>
    </message>
    <message>
        <location filename="../../app/services/photos.py" line="50"/>
        <source>The photo is {size} MB; the limit is {limit} MB.</source>
        <translation>照片大小为 {size} MB，上限为 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../app/services/photos.py" line="61"/>
        <source>This file is not a photo (JPEG, PNG or another image).</source>
        <translation>该文件不是照片（JPEG、PNG 或其他图片格式）。</translation>
    </message>
    <message>
        <location filename="../../app/services/photos.py" line="74"/>
        <source>The photo could not be read; the file may be damaged.</source>
        <translation>无法读取照片，文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/services/photos.py" line="86"/>
        <source>The photo has too many pixels; the limit is {limit} megapixels.</source>
        <translation>照片像素过多，上限为 {limit} 百万像素。</translation>
    </message>
    <message>
        <location filename="../../app/services/photos.py" line="89"/>
        <source>The photo is {width} × {height} pixels; the limit is {limit} megapixels.</source>
        <translation>照片为 {width} × {height} 像素，上限为 {limit} 百万像素。</translation>
    </message>
    <message>
        <location filename="../../app/services/photos.py" line="125"/>
        <source>No such photo.</source>
        <translation>找不到该照片。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="125"/>
        <source>Describe what was done to correct the problem.</source>
        <translation>请说明采取了哪些整改措施。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="128"/>
        <source>Choose the root cause (people, equipment, material, method or environment).</source>
        <translation>请选择原因类别（人、机、料、法、环）。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="138"/>
        <source>Add a photo after the fix: the finding was recorded with one.</source>
        <translation>请添加整改后的照片：发现问题时附有照片。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="152"/>
        <source>Unknown efficacy {efficacy}.</source>
        <translation>未知的整改效果 {efficacy}。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="169"/>
        <source>Say why the rectification is rejected.</source>
        <translation>请说明驳回整改的原因。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="193"/>
        <source>Say why the rectification is cancelled.</source>
        <translation>请说明取消整改的原因。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="205"/>
        <source>Only the person it is assigned to can add photos, before submitting.</source>
        <translation>只有整改责任人可以在提交前添加照片。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="225"/>
        <source>Say what needs repairing.</source>
        <translation>请说明需要维修的内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="230"/>
        <source>Only an open rectification can become a repair order.</source>
        <translation>只有未关闭的整改才能转为报修单。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="234"/>
        <source>Choose a support department for the repair.</source>
        <translation>请选择负责维修的后勤保障部门。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="238"/>
        <source>{department} has nobody to take the repair.</source>
        <translation>{department} 没有可以接手维修的人员。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="266"/>
        <source>This finding did not come from a checklist.</source>
        <translation>该问题并非来自检查表。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="285"/>
        <source>You are not the person who may {action} this rectification.</source>
        <translation>您不是可以{action}此整改的人员。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="291"/>
        <source>A rectification that is {state} cannot be changed this way.</source>
        <translation>处于“{state}”状态的整改不能这样修改。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="317"/>
        <source>This rectification was changed by {who} at {at} — reload it.</source>
        <translation>此整改已被 {who} 于 {at} 修改，请重新加载。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="326"/>
        <source>No such rectification.</source>
        <translation>找不到该整改。</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../app/services/staff_io.py" line="48"/>
        <source>Staff imported: {created} added, {updated} updated, {unchanged} unchanged; {departments} new departments, {posts} new posts.</source>
        <translation>员工名单已导入：新增 {created} 人，更新 {updated} 人，{unchanged} 人无变化；新建部门 {departments} 个，新建岗位 {posts} 个。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_plan.py" line="131"/>
        <source>unknown department {name}</source>
        <translation>部门“{name}”不存在</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_plan.py" line="138"/>
        <source>post {post} belongs to department {actual}, not {given}</source>
        <translation>岗位“{post}”属于部门“{actual}”，而不是“{given}”</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_import.py" line="71"/>
        <source>unknown employee code {code}</source>
        <translation>没有工号 {code}</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_import.py" line="80"/>
        <source>post is empty; write 岗位 or 岗位@区域</source>
        <translation>岗位为空；请填写“岗位”或“岗位@区域”</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_import.py" line="83"/>
        <location filename="../../app/services/staff_plan.py" line="142"/>
        <source>unknown post {post}</source>
        <translation>岗位“{post}”不存在</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_import.py" line="86"/>
        <source>unknown area {area}</source>
        <translation>没有区域 {area}</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_plan.py" line="144"/>
        <source>a department is needed to create post {post}</source>
        <translation>新建岗位“{post}”需要填写部门</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_plan.py" line="147"/>
        <source>post {post} is given in department {other} on another row</source>
        <translation>岗位“{post}”在其他行中属于部门“{other}”</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_plan.py" line="170"/>
        <source>leader code {code} not found</source>
        <translation>找不到上级工号 {code}</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_plan.py" line="178"/>
        <source>leader {leader} has left and cannot lead anyone</source>
        <translation>上级 {leader} 已离职，不能担任上级</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_plan.py" line="190"/>
        <source>leaders form a loop: {chain}</source>
        <translation>上下级关系形成循环：{chain}</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_plan.py" line="212"/>
        <source>{name} still leads {count} people who are not in this file ({codes}); give them another leader first</source>
        <translation>{name} 仍直接带领 {count} 名不在本文件中的员工（{codes}），请先为他们指定新上级</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_plan.py" line="217"/>
        <source>{name} still leads team {team}; give the team another leader first</source>
        <translation>{name} 仍是班组“{team}”的负责人，请先为该班组指定新负责人</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_plan.py" line="234"/>
        <source>unknown extra post {post}</source>
        <translation>兼岗岗位“{post}”不存在</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_plan.py" line="237"/>
        <source>level of {item} not understood; write 培训中, 合格 or 可带教</source>
        <translation>无法识别“{item}”的等级，请填写培训中、合格或可带教</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_sheet.py" line="82"/>
        <source>Row {row}, column {column}: {reason}</source>
        <translation>第 {row} 行，“{column}”列：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="153"/>
        <location filename="../../app/services/roster_sheet.py" line="200"/>
        <location filename="../../app/services/staff_sheet.py" line="175"/>
        <source>this column repeats column {other}</source>
        <translation>该列与“{other}”列重复</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="159"/>
        <source>column title not understood; write it like 周一 11-23 早班</source>
        <translation>无法识别列标题；请写成“周一 11-23 早班”的格式</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="164"/>
        <source>unknown shift {shift}</source>
        <translation>没有班次 {shift}</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="176"/>
        <source>the column titles span more than one week; import one week at a time</source>
        <translation>列标题跨越了不止一周；请每次导入一周</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="180"/>
        <source>the week is not given; write it above the header like 周次 2026-W48</source>
        <translation>未写明周次；请在表头上方写“周次 2026-W48”</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="190"/>
        <source>this date is not in week {week}</source>
        <translation>该日期不在 {week} 周内</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="194"/>
        <source>{date} is a {weekday}, not {given}</source>
        <translation>{date} 是{weekday}，不是{given}</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="217"/>
        <source>week {value} does not exist</source>
        <translation>周次 {value} 不存在</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="223"/>
        <source>the file names two weeks, {first} and {second}</source>
        <translation>文件中写了两个周次：{first} 和 {second}</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="243"/>
        <source>this column has no title, so its cells cannot be placed</source>
        <translation>该列没有标题，无法确定其单元格属于哪一天哪个班次</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_sheet.py" line="181"/>
        <source>required column is missing</source>
        <translation>缺少必填列</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="247"/>
        <location filename="../../app/services/staff_sheet.py" line="205"/>
        <source>employee code is empty</source>
        <translation>工号为空</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_sheet.py" line="206"/>
        <source>name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_sheet.py" line="207"/>
        <source>post is empty</source>
        <translation>岗位为空</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_sheet.py" line="212"/>
        <source>too long (at most {limit} characters)</source>
        <translation>内容过长（最多 {limit} 个字符）</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_sheet.py" line="215"/>
        <source>nobody can be their own leader</source>
        <translation>员工不能是自己的上级</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_sheet.py" line="220"/>
        <source>date {value} not understood; write it like 2024-03-01</source>
        <translation>无法识别日期“{value}”，请按 2024-03-01 的格式填写</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_sheet.py" line="227"/>
        <source>write 是 or 否 (yes or no), not {value}</source>
        <translation>请填写“是”或“否”，而不是“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="251"/>
        <location filename="../../app/services/staff_sheet.py" line="240"/>
        <source>employee code {code} appears again (first on row {first})</source>
        <translation>工号 {code} 重复（首次出现在第 {first} 行）</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_io.py" line="67"/>
        <source>Roster {week} imported for {employees} employees: {added} added, {changed} changed, {removed} removed, {unchanged} unchanged.</source>
        <translation>已导入 {week} 排班，涉及 {employees} 名员工：新增 {added}，修改 {changed}，删除 {removed}，不变 {unchanged}。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="98"/>
        <source>Checklists imported: {created} new, {updated} with a new version, {unchanged} unchanged.</source>
        <translation>检查表已导入：新增 {created} 个，生成新版本 {updated} 个，未变 {unchanged} 个。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="117"/>
        <source>the item needs a text</source>
        <translation>检查项须有内容</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="119"/>
        <source>unknown category &apos;{value}&apos;</source>
        <translation>未知类别“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="122"/>
        <source>unknown dimension &apos;{value}&apos;</source>
        <translation>未知维度“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="127"/>
        <source>SERVQUAL items are numbered 1 to 22, not {value}</source>
        <translation>SERVQUAL 题项编号为 1 到 22，不能是 {value}</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="131"/>
        <source>SERVQUAL item {value} measures {expected}, not {dimension}</source>
        <translation>SERVQUAL 第 {value} 项衡量的是 {expected}，不是 {dimension}</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="135"/>
        <source>the weight must be more than 0</source>
        <translation>权重须大于 0</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="137"/>
        <source>unknown response type &apos;{value}&apos;</source>
        <translation>未知的作答方式“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="140"/>
        <source>a score item needs a maximum score</source>
        <translation>评分项须设定满分</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="143"/>
        <source>a number item needs a lower or an upper limit</source>
        <translation>数值项须设定下限或上限</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="147"/>
        <source>the lower limit is above the upper limit</source>
        <translation>下限高于上限</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="150"/>
        <source>unknown severity &apos;{value}&apos;</source>
        <translation>未知的严重程度“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="160"/>
        <source>unknown level &apos;{value}&apos;</source>
        <translation>未知的层级“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="164"/>
        <source>unknown area kind &apos;{value}&apos;</source>
        <translation>未知的区域类型“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="175"/>
        <source>an item must be an object</source>
        <translation>检查项必须是对象</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="180"/>
        <location filename="../../app/services/checklist_json.py" line="242"/>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="187"/>
        <location filename="../../app/services/checklist_json.py" line="256"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="191"/>
        <location filename="../../app/services/checklist_json.py" line="216"/>
        <location filename="../../app/services/checklist_json.py" line="248"/>
        <source>must be text</source>
        <translation>必须是文字</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="196"/>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="201"/>
        <source>must be a whole number or null</source>
        <translation>必须是整数或 null</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="208"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="229"/>
        <source>must be a list of keys</source>
        <translation>必须是标识列表</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="236"/>
        <source>a template must be an object</source>
        <translation>检查表必须是对象</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="252"/>
        <source>the key &apos;{value}&apos; must be 1-60 lower-case letters, digits, - or _</source>
        <translation>标识“{value}”须为 1–60 个小写字母、数字、- 或 _</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="263"/>
        <source>a template needs a list of at least one item</source>
        <translation>检查表至少要有一个检查项</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="280"/>
        <source>the file must hold a JSON object</source>
        <translation>文件内容必须是一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="283"/>
        <source>must be &quot;{expected}&quot;</source>
        <translation>必须是“{expected}”</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="286"/>
        <source>this FloorQC reads version {expected} of the format</source>
        <translation>本版楼面质检只能读取第 {expected} 版格式</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="292"/>
        <source>must be a list of at least one template</source>
        <translation>必须是至少包含一个检查表的列表</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_json.py" line="301"/>
        <source>the key &apos;{value}&apos; is already used by templates[{other}]</source>
        <translation>标识“{value}”已被 templates[{other}] 使用</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="181"/>
        <source>a checklist needs at least one item</source>
        <translation>检查表至少要有一个检查项</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="271"/>
        <source>&apos;{value}&apos; has an unpublished draft (version {version}); publish it first</source>
        <translation>“{value}”有未发布的草稿（第 {version} 版），请先发布</translation>
    </message>
</context>
<context>
    <name>levels</name>
    <message>
        <location filename="../../app/domain/checklists.py" line="15"/>
        <source>Self-check</source>
        <translation>员工自查</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="16"/>
        <source>Team leader check</source>
        <translation>组长检查</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="17"/>
        <source>Supervisor patrol</source>
        <translation>主管巡查</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="18"/>
        <source>Manager audit</source>
        <translation>经理督查</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="19"/>
        <source>External / mystery guest audit</source>
        <translation>第三方/神秘顾客暗访</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../app/services/org_chart.py" line="39"/>
        <source>{name} now leads {count} people directly; the span for this rank is {limit}.</source>
        <translation>{name} 现直接带领 {count} 人，超出该职级的管理幅度 {limit} 人（一拖三）。</translation>
    </message>
</context>
<context>
    <name>patrolStates</name>
    <message>
        <location filename="../../app/ui/patrols/common.py" line="36"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/common.py" line="37"/>
        <source>Due now</source>
        <translation>待巡查</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/common.py" line="38"/>
        <source>Missed</source>
        <translation>已漏查</translation>
    </message>
    <message>
        <location filename="../../app/ui/patrols/common.py" line="39"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../app/domain/permissions.py" line="36"/>
        <source>view the organisation</source>
        <translation>查看组织架构</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="37"/>
        <source>change the organisation</source>
        <translation>修改组织架构</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="38"/>
        <source>import or export staff</source>
        <translation>导入或导出员工名单</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="39"/>
        <source>manage sign-ins and roles</source>
        <translation>管理登录账号和角色</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="40"/>
        <source>change rosters</source>
        <translation>修改排班</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="41"/>
        <source>confirm roster rule breaches</source>
        <translation>确认违反排班规则的修改</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="43"/>
        <source>mark attendance</source>
        <translation>登记考勤</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="44"/>
        <source>change checklists</source>
        <translation>修改检查表</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="45"/>
        <source>run patrols</source>
        <translation>执行巡查</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="46"/>
        <source>verify rectifications</source>
        <translation>验收整改</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="47"/>
        <source>see reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="48"/>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
</context>
<context>
    <name>qualifications</name>
    <message>
        <location filename="../../app/domain/org.py" line="42"/>
        <source>In training</source>
        <translation>培训中</translation>
    </message>
    <message>
        <location filename="../../app/domain/org.py" line="43"/>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../app/domain/org.py" line="44"/>
        <source>Can train others</source>
        <translation>可带教</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/common.py" line="50"/>
        <source>Own post</source>
        <translation>本岗</translation>
    </message>
</context>
<context>
    <name>rect_actions</name>
    <message>
        <location filename="../../app/domain/rectification.py" line="40"/>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="41"/>
        <source>submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="42"/>
        <source>verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="43"/>
        <source>reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="44"/>
        <source>reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="45"/>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>rect_states</name>
    <message>
        <location filename="../../app/domain/rectification.py" line="15"/>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="16"/>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="17"/>
        <source>Waiting for verification</source>
        <translation>待验证</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="18"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="19"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="20"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="45"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="45"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="46"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="46"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="47"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="47"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="48"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="50"/>
        <source>Roster {week} ({first} — {last})</source>
        <translation>排班表 {week}（{first} — {last}）</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="51"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="52"/>
        <source>Published {date}</source>
        <translation>已发布 {date}</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="53"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="54"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="55"/>
        <source>No department</source>
        <translation>未分部门</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="56"/>
        <source>from {post}</source>
        <translation>原岗：{post}</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="57"/>
        <source>Each cell: post, then area. ※ shaded: redeployed from another post (抽调顶岗).</source>
        <translation>单元格：岗位，下行为区域。※ 底色标出：抽调顶岗（注明原岗位）。</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="59"/>
        <source>Generated {at}</source>
        <translation>生成于 {at}</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="60"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>responses</name>
    <message>
        <location filename="../../app/domain/checklists.py" line="44"/>
        <source>Pass / fail / N-A</source>
        <translation>合格/不合格/不适用</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="45"/>
        <source>Score 0..N</source>
        <translation>评分 0..N</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="46"/>
        <source>Number with limits</source>
        <translation>数值（有上下限）</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="47"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../app/domain/permissions.py" line="52"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="53"/>
        <source>HR</source>
        <translation>人事</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="54"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="55"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="56"/>
        <source>Team leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="57"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
</context>
<context>
    <name>root_causes</name>
    <message>
        <location filename="../../app/domain/rectification.py" line="25"/>
        <source>People (人)</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="26"/>
        <source>Equipment (机)</source>
        <translation>机</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="27"/>
        <source>Material (料)</source>
        <translation>料</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="28"/>
        <source>Method (法)</source>
        <translation>法</translation>
    </message>
    <message>
        <location filename="../../app/domain/rectification.py" line="29"/>
        <source>Environment (环)</source>
        <translation>环</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <location filename="../../app/domain/shifts.py" line="65"/>
        <source>{name} is already rostered {other} on {day}, which overlaps this shift.</source>
        <translation>{name} 在 {day} 已排{other}，与本班次时间重叠。</translation>
    </message>
    <message>
        <location filename="../../app/domain/shifts.py" line="67"/>
        <source>{name} would rest only {rest:.1f} h between shifts; the minimum is {minimum} h.</source>
        <translation>{name} 两个班次之间只能休息 {rest:.1f} 小时，最少应休息 {minimum} 小时。</translation>
    </message>
    <message>
        <location filename="../../app/domain/shifts.py" line="69"/>
        <source>{name} would work {total:.1f} h this week; the maximum is {maximum} h.</source>
        <translation>{name} 本周将工作 {total:.1f} 小时，上限为 {maximum} 小时。</translation>
    </message>
    <message>
        <location filename="../../app/domain/shifts.py" line="71"/>
        <source>{name} is neither posted to nor qualified for {post}.</source>
        <translation>{name} 不在{post}岗位，也没有该岗位的兼岗资格。</translation>
    </message>
    <message>
        <location filename="../../app/domain/shifts.py" line="73"/>
        <source>{name} is only in training for {post}.</source>
        <translation>{name} 在{post}岗位仍处于培训中。</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../app/services/settings.py" line="28"/>
        <source>Failed sign-ins before the account locks</source>
        <translation>账号锁定前允许的登录失败次数</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="30"/>
        <source>Minutes an account stays locked</source>
        <translation>账号锁定时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="32"/>
        <source>Default span of one-leads-three</source>
        <translation>默认管理幅度（一拖三）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="34"/>
        <source>Minimum rest between shifts (hours)</source>
        <translation>班次间最短休息时间（小时）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="36"/>
        <source>Maximum working hours per week</source>
        <translation>每周最长工作时间（小时）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="38"/>
        <source>Team leader check every (hours, from shift opening)</source>
        <translation>组长检查间隔（小时，自开班起）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="41"/>
        <source>Supervisor patrols per shift</source>
        <translation>主管每班巡查次数</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="43"/>
        <source>Manager audits per day</source>
        <translation>经理每日督查次数</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="45"/>
        <source>Minutes before a due patrol is overdue</source>
        <translation>待巡查超过多少分钟算逾期</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="47"/>
        <source>Minutes to fix a critical finding</source>
        <translation>严重问题整改时限（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="49"/>
        <source>Hours to fix a minor finding</source>
        <translation>轻微问题整改时限（小时）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="51"/>
        <source>Hours to fix a major finding outside any shift</source>
        <translation>班次外较重问题整改时限（小时）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="54"/>
        <source>Minutes overdue before each escalation step</source>
        <translation>每级升级前的超时时间（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="57"/>
        <source>Days within which a repeat counts as recurrence</source>
        <translation>重复发生的认定天数</translation>
    </message>
</context>
<context>
    <name>severities</name>
    <message>
        <location filename="../../app/domain/checklists.py" line="51"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="52"/>
        <source>Major</source>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../app/domain/checklists.py" line="53"/>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
</context>
<context>
    <name>weekdays</name>
    <message>
        <location filename="../../app/ui/roster/common.py" line="40"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/common.py" line="40"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/common.py" line="41"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/common.py" line="41"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/common.py" line="42"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/common.py" line="42"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/common.py" line="43"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
</TS>
