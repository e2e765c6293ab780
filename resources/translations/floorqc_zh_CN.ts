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
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../app/ui/analytics/analytics_page.py" line="27"/>
        <source>Whole venue</source>
        <translation>全店</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/analytics_page.py" line="31"/>
        <source>Five gaps</source>
        <translation>五大差距</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/analytics_page.py" line="33"/>
        <source>Quality</source>
        <translation>质量分析</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/analytics_page.py" line="35"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/analytics_page.py" line="38"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="108"/>
        <source>FloorQC could not open the database {path}: {detail}</source>
        <translation>FloorQC 无法打开数据库 {path}：{detail}</translation>
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
    <name>BackupsPanel</name>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="42"/>
        <source>FloorQC backs up this database when it closes, every 30 minutes while something changes, and before every upgrade, import and restore. It keeps the 10 newest, the newest of each of the last 12 days, 10 weeks and 9 months, and every backup made by hand or before a change for at least 30 days.</source>
        <translation>FloorQC 会在关闭时、有改动时每 30 分钟，以及每次升级、导入和恢复之前备份此数据库。保留最新的 10 个备份，最近 12 天、10 周和 9 个月中每天、每周、每月最新的一个，手动备份和改动前的备份至少保留 30 天。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="55"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="56"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="57"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="58"/>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="63"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="64"/>
        <source>Verify</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="65"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="66"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="98"/>
        <source>This database is on a PostgreSQL server: back it up with pg_dump and restore it with pg_restore (see &quot;Several laptops&quot; in the README).</source>
        <translation>此数据库在 PostgreSQL 服务器上：请用 pg_dump 备份、用 pg_restore 恢复（见 README 的“Several laptops”一节）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="104"/>
        <source>Backups are kept in {folder}</source>
        <translation>备份保存在 {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="130"/>
        <source>OK</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="130"/>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="135"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="140"/>
        <source>Backed up to {file}.</source>
        <translation>已备份到 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="158"/>
        <source>The backup of {date} passes its check.</source>
        <translation>{date} 的备份检查通过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="161"/>
        <source>The backup of {date} is damaged ({problem}). Do not restore it.</source>
        <translation>{date} 的备份已损坏（{problem}）。请不要恢复它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="171"/>
        <source>Restore the backup of {date}? The database is replaced by this backup; what was saved after it is kept in a new backup (&quot;Before a restore&quot;), not lost. FloorQC then reopens the database and you sign in again.</source>
        <translation>恢复 {date} 的备份吗？数据库将被此备份替换；此后保存的内容会存入一个新备份（“恢复前”），不会丢失。随后 FloorQC 重新打开数据库，您需要重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="174"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="175"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="175"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="179"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backups.py" line="188"/>
        <source>Restored. FloorQC reopens the database.</source>
        <translation>已恢复。FloorQC 将重新打开数据库。</translation>
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
        <location filename="../../app/ui/pages/settings_general.py" line="95"/>
        <source>Default: {value}</source>
        <translation>默认值：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_general.py" line="101"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_general.py" line="104"/>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_general.py" line="120"/>
        <source>Your role may look at these settings but not change them; ask a manager or an administrator.</source>
        <translation>您的角色只能查看这些设置，不能修改；如需修改，请联系经理或系统管理员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_general.py" line="157"/>
        <source>Nothing has changed.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_general.py" line="166"/>
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
    <name>ChartBox</name>
    <message>
        <location filename="../../app/ui/analytics/chart_export.py" line="47"/>
        <source>Save PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/chart_export.py" line="48"/>
        <source>Save data (.xlsx)…</source>
        <translation>保存数据（.xlsx）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/chart_export.py" line="84"/>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/chart_export.py" line="85"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/chart_export.py" line="89"/>
        <source>Could not write {file}.</source>
        <translation>无法写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/chart_export.py" line="91"/>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/chart_export.py" line="99"/>
        <source>Save chart data</source>
        <translation>保存图表数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/chart_export.py" line="100"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/chart_export.py" line="105"/>
        <source>Saved {rows} rows to {file}.</source>
        <translation>已将 {rows} 行保存到 {file}。</translation>
    </message>
</context>
<context>
    <name>CheckOnImportDialog</name>
    <message>
        <location filename="../../app/ui/surveys/survey_dialogs.py" line="45"/>
        <source>Ready to import {file}. Every row is checked first; nothing is stored unless the whole file is correct.</source>
        <translation>可以导入 {file}。导入时先逐行检查，整个文件无误才会保存。</translation>
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
    <name>CloseDialog</name>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="247"/>
        <source>Close with the guest&apos;s feedback</source>
        <translation>回访结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="249"/>
        <source>What the guest was told, and what they said</source>
        <translation>告知客人的处理结果及客人的反馈</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="252"/>
        <source>(not asked)</source>
        <translation>（未询问）</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="253"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="255"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="256"/>
        <source>Feedback</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="257"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="259"/>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="263"/>
        <source>Write down the feedback to the guest.</source>
        <translation>请填写对客人的回访情况。</translation>
    </message>
</context>
<context>
    <name>ComplaintClock</name>
    <message>
        <location filename="../../app/ui/complaints/common.py" line="99"/>
        <source>{area} · table {table}</source>
        <translation>{area} · {table}号桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/common.py" line="102"/>
        <source>table {table}</source>
        <translation>{table}号桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/common.py" line="125"/>
        <source>{d} d {h} h</source>
        <translation>{d}天{h}小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/common.py" line="127"/>
        <source>{h} h {m} min</source>
        <translation>{h}小时{m}分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/common.py" line="129"/>
        <source>{m} min</source>
        <translation>{m}分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/common.py" line="147"/>
        <source>Late {time}</source>
        <translation>超时 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/common.py" line="152"/>
        <source>{time} on time</source>
        <translation>{time} 及时</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/common.py" line="154"/>
        <source>{time} late</source>
        <translation>{time} 超时</translation>
    </message>
</context>
<context>
    <name>ComplaintColumns</name>
    <message>
        <location filename="../../app/ui/complaints/columns.py" line="29"/>
        <source>Answer by {time}</source>
        <translation>须在 {time} 前答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/columns.py" line="30"/>
        <source>Clock</source>
        <translation>响应计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/columns.py" line="37"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/columns.py" line="42"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/columns.py" line="47"/>
        <source>Area / table</source>
        <translation>区域 / 桌号</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/columns.py" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/columns.py" line="59"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/columns.py" line="62"/>
        <location filename="../../app/ui/complaints/columns.py" line="84"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/columns.py" line="66"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/columns.py" line="70"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/columns.py" line="86"/>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailPanel</name>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="67"/>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="69"/>
        <location filename="../../app/ui/complaints/detail_panel.py" line="210"/>
        <source>Choose a complaint in the list.</source>
        <translation>请在列表中选择一条投诉。</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="85"/>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="90"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="92"/>
        <source>Print record sheet…</source>
        <translation>打印记录表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="107"/>
        <source>History</source>
        <translation>处理经过</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="127"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="127"/>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="128"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="128"/>
        <source>Area / table</source>
        <translation>区域 / 桌号</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="129"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="129"/>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="130"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="130"/>
        <source>Handed to</source>
        <translation>移交</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="131"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="132"/>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="133"/>
        <source>Guest feedback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="137"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="138"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="139"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="140"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="145"/>
        <source>received</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="145"/>
        <source>responded</source>
        <translation>已响应</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="146"/>
        <source>handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="146"/>
        <source>resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="147"/>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="148"/>
        <source>opened a rectification</source>
        <translation>开具整改单</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="158"/>
        <source>after {time}</source>
        <translation>用时 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="169"/>
        <source>Rectification #{id}</source>
        <translation>整改单 #{id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="175"/>
        <source>Respond</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="175"/>
        <source>Hand over…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="176"/>
        <source>Resolve…</source>
        <translation>处理完毕…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="176"/>
        <source>Close with feedback…</source>
        <translation>回访结案…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="177"/>
        <source>Open rectification…</source>
        <translation>开整改单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="178"/>
        <source>Record that the guest has been answered now: the clock stops</source>
        <translation>记录已答复客人，计时停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="225"/>
        <source>Complaint #{id}</source>
        <translation>投诉 #{id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="226"/>
        <source>#{id} · {category}</source>
        <translation>#{id} · {category}</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="230"/>
        <source>{at} by {who}, {channel}</source>
        <translation>{at}，{who}受理，{channel}</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="235"/>
        <source>{category} (SERVQUAL: {dimension})</source>
        <translation>{category}（服务质量维度：{dimension}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="241"/>
        <source>{text} ({at})</source>
        <translation>{text}（{at}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="249"/>
        <source>Rectification #{id} ({status})</source>
        <translation>整改单 #{id}（{status}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="275"/>
        <source>not yet — answer by {time}</source>
        <translation>尚未响应，须在 {time} 前答复</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="277"/>
        <source>on time</source>
        <translation>及时</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="277"/>
        <source>late</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_panel.py" line="278"/>
        <source>{at} by {who}, after {time} ({verdict})</source>
        <translation>{at}，{who}，用时 {time}（{verdict}）</translation>
    </message>
</context>
<context>
    <name>ComplaintForms</name>
    <message>
        <location filename="../../app/ui/complaints/printing.py" line="62"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/printing.py" line="95"/>
        <source>complaint-{id}.pdf</source>
        <translation>投诉-{id}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/printing.py" line="98"/>
        <source>complaint-record-sheet.pdf</source>
        <translation>投诉处理记录表.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/printing.py" line="99"/>
        <source>Save the complaint record sheet</source>
        <translation>保存投诉处理记录表</translation>
    </message>
</context>
<context>
    <name>ComplaintLogTab</name>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="77"/>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="77"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="79"/>
        <source>Late only</source>
        <translation>仅超时</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="81"/>
        <location filename="../../app/ui/complaints/log_tab.py" line="160"/>
        <source>Any area</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="84"/>
        <source>Any category</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="85"/>
        <source>from any day</source>
        <translation>起始日不限</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="85"/>
        <location filename="../../app/ui/complaints/log_tab.py" line="86"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="86"/>
        <source>to any day</source>
        <translation>截止日不限</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="88"/>
        <source>Search text, guest, contact</source>
        <translation>搜索内容、客人、联系方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="92"/>
        <source>New complaint…</source>
        <translation>新投诉…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="97"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="98"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="99"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="107"/>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="187"/>
        <source>Answered within {limit} min: &lt;b&gt;{today}&lt;/b&gt; today · &lt;b&gt;{week}&lt;/b&gt; this week ({late} late)</source>
        <translation>{limit}分钟内响应：今日 &lt;b&gt;{today}&lt;/b&gt; · 本周 &lt;b&gt;{week}&lt;/b&gt;（超时 {late} 起）</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="190"/>
        <source>Median first response: &lt;b&gt;{time}&lt;/b&gt;</source>
        <translation>首次响应中位数：&lt;b&gt;{time}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="192"/>
        <source>Median time to resolve: &lt;b&gt;{time}&lt;/b&gt;</source>
        <translation>处理用时中位数：&lt;b&gt;{time}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="194"/>
        <source>This week: {total} complaint(s), {answered} answered, {unanswered} not yet answered</source>
        <translation>本周：投诉 {total} 起，已响应 {answered} 起，未响应 {unanswered} 起</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/log_tab.py" line="203"/>
        <source>{count} complaint(s)</source>
        <translation>共 {count} 起投诉</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../app/ui/complaints/complaints_page.py" line="24"/>
        <source>Complaint log</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complaints_page.py" line="25"/>
        <source>Guest comments</source>
        <translation>顾客意见</translation>
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
    <name>DatabasePanel</name>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="47"/>
        <source>Several laptops share their data through one PostgreSQL server, never through a database file on a network drive. Enter the server&apos;s address, test it, and save it: FloorQC opens it from its next start.</source>
        <translation>多台笔记本电脑通过同一台 PostgreSQL 服务器共享数据，切勿通过网络驱动器上的数据库文件共享。请输入服务器地址，测试连接后保存：FloorQC 下次启动时将打开该数据库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="62"/>
        <source>Leave the password out to keep it out of this laptop&apos;s settings: PostgreSQL then reads it from the user&apos;s password file (~/.pgpass).</source>
        <translation>地址中不写密码，密码就不会保存在本机设置里：PostgreSQL 会从用户的密码文件（~/.pgpass）中读取。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="66"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="67"/>
        <source>Save for the next start</source>
        <translation>保存，下次启动生效</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="68"/>
        <source>Use this laptop&apos;s file</source>
        <translation>使用本机数据库文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="81"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="101"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="115"/>
        <source>Saved. Close FloorQC and start it again to work on {address}.</source>
        <translation>已保存。请关闭并重新启动 FloorQC，以使用 {address}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="123"/>
        <source>Saved. FloorQC opens the database file on this laptop from its next start.</source>
        <translation>已保存。FloorQC 下次启动时将打开本机的数据库文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="132"/>
        <source>Connected to {server} at {address}.</source>
        <translation>已连接到 {address} 上的 {server}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="135"/>
        <source>The database is empty: FloorQC creates its tables at the next start.</source>
        <translation>该数据库为空：FloorQC 下次启动时会创建所需的数据表。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="137"/>
        <source>It holds FloorQC data of this version.</source>
        <translation>其中是本版本 FloorQC 的数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="138"/>
        <source>It holds FloorQC data of an older version: FloorQC upgrades it at the next start. Back it up with pg_dump first.</source>
        <translation>其中是旧版本 FloorQC 的数据：FloorQC 下次启动时会将其升级。请先用 pg_dump 备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="140"/>
        <source>It holds data of a newer FloorQC, which this version cannot open. Install the newer version on this laptop first.</source>
        <translation>其中是更新版本 FloorQC 的数据，本版本无法打开。请先在这台电脑上安装新版本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="153"/>
        <source>Now working on the database file {location} ({server}).</source>
        <translation>当前使用的数据库文件：{location}（{server}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="155"/>
        <source>Now working on the server database {location} ({server}).</source>
        <translation>当前使用的服务器数据库：{location}（{server}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="161"/>
        <source>Nothing saved: FloorQC opens the database file on this laptop unless --db or FLOORQC_DB names another.</source>
        <translation>尚未保存服务器地址：除非 --db 或 FLOORQC_DB 指定了其他数据库，FloorQC 会打开本机的数据库文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_database.py" line="164"/>
        <source>Saved for the next start: {address}. The --db option and the FLOORQC_DB environment variable come first.</source>
        <translation>已保存，下次启动生效：{address}。--db 选项和 FLOORQC_DB 环境变量优先于此设置。</translation>
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
    <name>GapCharts</name>
    <message>
        <location filename="../../app/ui/analytics/five_gaps_chart.py" line="162"/>
        <source>Overall gap by week (weeks start on Monday)</source>
        <translation>各周总体差距（每周从周一开始）</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gap_texts.py" line="15"/>
        <source>Gap 1 · Knowledge</source>
        <translation>差距1 · 认知差距</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gap_texts.py" line="16"/>
        <source>Gap 2 · Standards</source>
        <translation>差距2 · 标准差距</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gap_texts.py" line="17"/>
        <source>Gap 3 · Delivery</source>
        <translation>差距3 · 传递差距</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gap_texts.py" line="18"/>
        <source>Gap 4 · Promises</source>
        <translation>差距4 · 承诺差距</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gap_texts.py" line="19"/>
        <source>Gap 5 · Service quality</source>
        <translation>差距5 · 服务质量差距</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gap_texts.py" line="34"/>
        <location filename="../../app/ui/analytics/guest_charts.py" line="114"/>
        <source>scale points</source>
        <translation>量表分</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gap_texts.py" line="35"/>
        <source>percentage points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gap_texts.py" line="41"/>
        <location filename="../../app/ui/analytics/chart_common.py" line="42"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gap_texts.py" line="49"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gap_texts.py" line="71"/>
        <source>{gap} — {what}</source>
        <translation>{gap} — {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/guest_charts.py" line="50"/>
        <source>Expectation (E) and perception (P) by dimension</source>
        <translation>各维度的期望（E）与感知（P）</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/guest_charts.py" line="52"/>
        <source>1 = strongly disagree … 7 = strongly agree</source>
        <translation>1 = 非常不同意 … 7 = 非常同意</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/guest_charts.py" line="82"/>
        <source>Expectation E</source>
        <translation>期望 E</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/guest_charts.py" line="83"/>
        <source>Perception P</source>
        <translation>感知 P</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/guest_charts.py" line="112"/>
        <source>Item gaps P − E, worst first</source>
        <translation>各题差距 P − E（最差在前）</translation>
    </message>
</context>
<context>
    <name>GapsTab</name>
    <message>
        <location filename="../../app/ui/analytics/gaps_tab.py" line="67"/>
        <source>Save weekly trend (.xlsx)…</source>
        <translation>保存每周趋势（.xlsx）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gaps_tab.py" line="74"/>
        <source>Gap 1: what managers think guests expect − what guests expect. Gap 2: share of the SERVQUAL items your published checklists cover − 100 %. Gap 3: patrol pass rate − 100 %. Gap 4: promises kept − 100 %. Gap 5: guests&apos; perception − expectation. Below zero is a shortfall. Click a bar to see what lies behind it.</source>
        <translation>差距1：管理者认为的顾客期望 − 顾客的实际期望。差距2：已发布检查表覆盖的SERVQUAL题目比例 − 100 %。差距3：巡查合格率 − 100 %。差距4：承诺兑现率 − 100 %。差距5：顾客感知 − 顾客期望。低于零表示不足。点击柱条可查看其背后的记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gaps_tab.py" line="80"/>
        <source>Click a bar to see what lies behind it.</source>
        <translation>点击柱条可查看其背后的记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gaps_tab.py" line="88"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gaps_tab.py" line="89"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gaps_tab.py" line="90"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gaps_tab.py" line="91"/>
        <source>Detail</source>
        <translation>明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gaps_tab.py" line="152"/>
        <source>No guest forms with answers in this period: the SERVQUAL score has no data.</source>
        <translation>本期间没有已作答的顾客问卷：SERVQUAL 得分无数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gaps_tab.py" line="154"/>
        <source>SERVQUAL score (gap 5): {score} from {n} guest forms</source>
        <translation>SERVQUAL 得分（差距5）：{score}，来自 {n} 份顾客问卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gaps_tab.py" line="157"/>
        <source> · weighted by importance: {score} ({n} forms with weights)</source>
        <translation> · 按重要性加权：{score}（{n} 份问卷填写了权重）</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gaps_tab.py" line="169"/>
        <source>Worst first. Gap values in {unit}.</source>
        <translation>最差在前。差距单位：{unit}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/gaps_tab.py" line="199"/>
        <source>Nothing lies behind this bar in the period.</source>
        <translation>本期间此柱条背后没有记录。</translation>
    </message>
</context>
<context>
    <name>GuestCommentsTab</name>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="35"/>
        <source>Any kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="37"/>
        <location filename="../../app/ui/complaints/comments_tab.py" line="72"/>
        <source>Waiting for action</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="38"/>
        <location filename="../../app/ui/complaints/comments_tab.py" line="72"/>
        <source>Done</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="38"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="41"/>
        <source>New comment…</source>
        <translation>新意见…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="43"/>
        <source>Route to…</source>
        <translation>转交…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="44"/>
        <source>Record action…</source>
        <translation>记录处理…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="53"/>
        <location filename="../../app/ui/complaints/comments_tab.py" line="75"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="55"/>
        <location filename="../../app/ui/complaints/comments_tab.py" line="81"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="73"/>
        <source>guest told</source>
        <translation>已反馈客人</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="76"/>
        <source>Received</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="77"/>
        <source>Area / table</source>
        <translation>区域 / 桌号</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="78"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="80"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="100"/>
        <source>{count} comment(s)</source>
        <translation>共 {count} 条意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comments_tab.py" line="157"/>
        <source>Choose a comment in the list first.</source>
        <translation>请先在列表中选择一条意见。</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="132"/>
        <source>Hand over the complaint</source>
        <translation>移交投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="137"/>
        <location filename="../../app/ui/complaints/dialogs.py" line="151"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="138"/>
        <source>(department head decides)</source>
        <translation>（由部门负责人指定）</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="139"/>
        <source>Looking up who is on duty…</source>
        <translation>正在查询当班人员…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="141"/>
        <source>What they should know (optional)</source>
        <translation>需要交代的事项（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="142"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="143"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="144"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="146"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="148"/>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="176"/>
        <source>No area was recorded, so nobody is suggested: choose the department and the person.</source>
        <translation>未记录区域，无法推荐人选：请选择部门和责任人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="178"/>
        <source>Nobody is on duty there now: choose the person.</source>
        <translation>该区域现在无人当班：请选择责任人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="179"/>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="181"/>
        <source>Nobody is rostered in {area} now ({shift}); {who} answers for it as the team&apos;s leader.</source>
        <translation>{area}现在（{shift}）无人排班，由班组负责人{who}负责。</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="184"/>
        <source>On duty in {area} now: {who} ({shift}, {team}).</source>
        <translation>{area}当前当班：{who}（{shift}，{team}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="188"/>
        <source>Their leader: {leader}.</source>
        <translation>其上级：{leader}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="193"/>
        <source>Choose the department.</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="196"/>
        <source>Choose someone from the list.</source>
        <translation>请从列表中选择人员。</translation>
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
        <location filename="../../app/ui/main_window.py" line="30"/>
        <source>FloorQC · Floor quality control</source>
        <translation>楼面质检 · FloorQC</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>Signed in: {user} ({role})</source>
        <translation>当前用户：{user}（{role}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="69"/>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131"/>
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>Patrols</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133"/>
        <source>Rectifications</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Surveys and promises</source>
        <translation>问卷与承诺</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137"/>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="57"/>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="60"/>
        <source>Wallboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="61"/>
        <source>Open critical and major items full screen</source>
        <translation>全屏显示未关闭的严重和较重问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="63"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="71"/>
        <source>Assigned to me</source>
        <translation>分派给我的</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="72"/>
        <source>My team&apos;s open items</source>
        <translation>我的班组未关闭问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="73"/>
        <source>Waiting for my verification</source>
        <translation>待我验证</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="74"/>
        <source>Escalated to me</source>
        <translation>升级到我</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="81"/>
        <source>Complaints handed to me</source>
        <translation>移交给我的投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="113"/>
        <source>Nothing here.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="153"/>
        <source>{count} complaint(s) waiting for a response</source>
        <translation>{count} 起投诉等待响应</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="80"/>
        <source>Complaints waiting for a response</source>
        <translation>待响应的投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="156"/>
        <source>{count} item(s) need you</source>
        <translation>{count} 项待您处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/my_work_page.py" line="157"/>
        <source>Nothing needs you right now.</source>
        <translation>目前没有待您处理的事项。</translation>
    </message>
</context>
<context>
    <name>NewCommentDialog</name>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="46"/>
        <source>New guest comment</source>
        <translation>新顾客意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="52"/>
        <source>What the guest said</source>
        <translation>客人的原话</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="54"/>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="56"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="58"/>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="82"/>
        <source>(not known)</source>
        <translation>（不详）</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="61"/>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="84"/>
        <source>(the usual department)</source>
        <translation>（按默认部门）</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="63"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="64"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="65"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="66"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="67"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="68"/>
        <source>Table</source>
        <translation>桌号</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="69"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="72"/>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="92"/>
        <source>Goes to {department}.</source>
        <translation>将转交{department}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="98"/>
        <source>No department to send it to yet: choose one, or an area, or route it later.</source>
        <translation>暂无可转交的部门：请选择部门或区域，或稍后再转交。</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="101"/>
        <source>Goes to {department} (dish comments go to the kitchen).</source>
        <translation>将转交{department}（菜品意见转厨房）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="104"/>
        <source>Goes to {department}, the department of the area.</source>
        <translation>将转交{department}（该区域所属部门）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="109"/>
        <source>Write down what the guest said.</source>
        <translation>请记录客人的原话。</translation>
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
    <name>OpenRectificationDialog</name>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="279"/>
        <source>Open a rectification</source>
        <translation>开具整改单</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="285"/>
        <source>Guest complaint: {content}</source>
        <translation>顾客投诉：{content}</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="288"/>
        <source>the person on duty in the area</source>
        <translation>该区域当班责任人</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="289"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="290"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="291"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="292"/>
        <source>It goes to {who}, with the deadline its severity sets.</source>
        <translation>整改单将派给{who}，期限按严重程度确定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="295"/>
        <source>Open rectification</source>
        <translation>开整改单</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="299"/>
        <source>Describe what needs fixing.</source>
        <translation>请描述需要整改的问题。</translation>
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
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="96"/>
        <source>Record outcome</source>
        <translation>记录实测结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="98"/>
        <source>{promise} — kept within {minutes} min</source>
        <translation>{promise} — 承诺 {minutes} 分钟内</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="107"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="109"/>
        <source>No particular area</source>
        <translation>不限区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="111"/>
        <source>Measured at</source>
        <translation>测量时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="112"/>
        <source>Measured time</source>
        <translation>实测用时</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="113"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="114"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="118"/>
        <source>Complaint response times are measured automatically from the complaint log; there is nothing to enter here.</source>
        <translation>投诉回应用时由投诉记录自动计算，无需在此录入。</translation>
    </message>
</context>
<context>
    <name>OutcomeImportDialog</name>
    <message>
        <location filename="../../app/ui/surveys/survey_dialogs.py" line="86"/>
        <source>Import promise outcomes</source>
        <translation>导入承诺实测结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_dialogs.py" line="90"/>
        <source>One row per measurement. Columns: promise (its name), at (YYYY-MM-DD HH:MM), minutes (the measured time), and optionally area and note. Complaint response times are taken from the complaint log and cannot be imported.</source>
        <translation>每行一次测量。列：promise 承诺（名称）、at 时间（YYYY-MM-DD HH:MM）、minutes 分钟（实测用时），可选 area 区域和 note 备注。投诉回应用时取自投诉记录，不能导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_dialogs.py" line="95"/>
        <source>Choose the outcomes file</source>
        <translation>选择实测结果文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_dialogs.py" line="95"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_dialogs.py" line="98"/>
        <source>Imported {count} outcomes.</source>
        <translation>已导入 {count} 条实测结果。</translation>
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
    <name>PeriodPicker</name>
    <message>
        <location filename="../../app/ui/analytics/period.py" line="54"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/period.py" line="54"/>
        <source>Last 4 weeks</source>
        <translation>最近4周</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/period.py" line="55"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/period.py" line="57"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/period.py" line="58"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
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
    <name>PrintFormsButton</name>
    <message>
        <location filename="../../app/ui/complaints/printing.py" line="109"/>
        <source>Print forms</source>
        <translation>打印表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/printing.py" line="112"/>
        <source>Guest feedback form (blank)…</source>
        <translation>客户服务意见表（空白）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/printing.py" line="113"/>
        <source>Complaint record sheet (blank)…</source>
        <translation>投诉处理记录表（空白）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/printing.py" line="114"/>
        <source>Complaint-handling flowchart…</source>
        <translation>投诉处理流程图…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/printing.py" line="124"/>
        <source>Save the guest feedback form</source>
        <translation>保存客户服务意见表</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/printing.py" line="125"/>
        <source>guest-feedback-form.pdf</source>
        <translation>客户服务意见表.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/printing.py" line="126"/>
        <source>Save the complaint-handling flowchart</source>
        <translation>保存投诉处理流程图</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/printing.py" line="127"/>
        <source>complaint-flowchart.pdf</source>
        <translation>投诉处理流程图.pdf</translation>
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
    <name>PromiseDialog</name>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="52"/>
        <source>Edit promise</source>
        <translation>编辑承诺</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="52"/>
        <source>New promise</source>
        <translation>新建承诺</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="56"/>
        <source>e.g. First dish within 15 minutes</source>
        <translation>例如：首道菜15分钟内上桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="61"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="64"/>
        <source>Active (counts in gap 4)</source>
        <translation>启用（计入差距4）</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="66"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="67"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="68"/>
        <source>Kept within</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="69"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="74"/>
        <source>The limit follows the complaint response setting, and the outcomes come from the complaint log.</source>
        <translation>时限跟随投诉回应时限的设置，实测结果取自投诉记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promise_dialogs.py" line="80"/>
        <source>Name the promise.</source>
        <translation>请填写承诺名称。</translation>
    </message>
</context>
<context>
    <name>PromisesTab</name>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="55"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="57"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="58"/>
        <source>Within (min)</source>
        <translation>时限（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="60"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="61"/>
        <source>Measured</source>
        <translation>实测次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="62"/>
        <location filename="../../app/ui/surveys/promises_tab.py" line="70"/>
        <source>Kept</source>
        <translation>兑现</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="63"/>
        <source>Kept %</source>
        <translation>兑现率</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="67"/>
        <source>Measured at</source>
        <translation>测量时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="68"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="70"/>
        <source>kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="70"/>
        <source>missed</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="72"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="73"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="74"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="83"/>
        <source>Complaint response times are measured automatically from the complaint log.</source>
        <translation>投诉回应用时由投诉记录自动计算。</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="85"/>
        <source>New promise</source>
        <translation>新建承诺</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="86"/>
        <source>Edit promise</source>
        <translation>编辑承诺</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="87"/>
        <source>Record outcome</source>
        <translation>记录实测结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="89"/>
        <source>Import outcomes…</source>
        <translation>导入实测结果…</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="105"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="155"/>
        <source>Outcomes of “{promise}”</source>
        <translation>“{promise}”的实测结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/promises_tab.py" line="156"/>
        <source>Select a promise to see its outcomes.</source>
        <translation>选择一项承诺以查看其实测结果。</translation>
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
    <name>QualityCharts</name>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="98"/>
        <source>Average score by day</source>
        <translation>每日平均得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="99"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="101"/>
        <source>Defect rate by day</source>
        <translation>每日缺陷率</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="102"/>
        <location filename="../../app/ui/analytics/quality_charts.py" line="259"/>
        <source>Failed results (%)</source>
        <translation>不合格项占比（%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="169"/>
        <source>Pareto of defect categories</source>
        <translation>缺陷类别帕累托图</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="170"/>
        <source>Defects</source>
        <translation>缺陷数</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="173"/>
        <source>Cumulative share (%)</source>
        <translation>累计占比（%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="191"/>
        <source>80 %</source>
        <translation>80 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="198"/>
        <source>No defects in this period.</source>
        <translation>本时段没有缺陷。</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="256"/>
        <source>p-chart of the daily defect rate</source>
        <translation>每日缺陷率 p 控制图</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="318"/>
        <source>No scored results in this period.</source>
        <translation>本时段没有计分检查项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="320"/>
        <source>centre p̄ = {centre} % · dashed: UCL / LCL (3σ) · red: out of control</source>
        <translation>中心线 p̄ = {centre} % · 虚线：上/下控制限（3σ）· 红点：失控</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="326"/>
        <source>{day}: {d} of {n} failed ({p} %)
UCL {ucl} % · LCL {lcl} %</source>
        <translation>{day}：{n} 项中 {d} 项不合格（{p} %）
上控制限 {ucl} % · 下控制限 {lcl} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="339"/>
        <source>Rule {rules}</source>
        <translation>规则 {rules}</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="340"/>
        <source>Rules {rules}</source>
        <translation>规则 {rules}</translation>
    </message>
</context>
<context>
    <name>QualityTab</name>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="87"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="88"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="92"/>
        <source>Whole venue</source>
        <translation>全店</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="110"/>
        <source>Six Sigma</source>
        <translation>六西格玛</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="112"/>
        <source>Team ranking</source>
        <translation>班组排名</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="113"/>
        <source>Rounds and scores in the areas a team is responsible for; findings and overdue rectifications of its members. Best first.</source>
        <translation>巡检次数和得分按班组负责的区域统计；问题和逾期整改按班组成员统计。最好的排在前面。</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="116"/>
        <source>Inspector disagreement</source>
        <translation>检查人复核不一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="117"/>
        <source>Share of an inspector&apos;s rounds in which a higher layer failed an item they had passed (same area and shift). Highest first.</source>
        <translation>检查人的巡检中，被上一层级在同一区域、同一班次判为不合格而其本人判为合格的比例。比例最高的排在前面。</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="145"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="148"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="151"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="154"/>
        <location filename="../../app/ui/analytics/quality_tab.py" line="192"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="191"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="193"/>
        <location filename="../../app/ui/analytics/quality_tab.py" line="205"/>
        <source>Inspections</source>
        <translation>巡检次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="194"/>
        <source>Average score</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="196"/>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="197"/>
        <source>Overdue</source>
        <translation>逾期整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="198"/>
        <source>Rectifications overdue at the end of the period</source>
        <translation>时段结束时逾期的整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="203"/>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="206"/>
        <source>Contradicted</source>
        <translation>被推翻巡检</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="207"/>
        <source>Items</source>
        <translation>被推翻项</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="208"/>
        <source>Items a higher layer failed after this inspector passed them</source>
        <translation>本人判为合格、被上一层级判为不合格的检查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="210"/>
        <source>Rate</source>
        <translation>不一致率</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_tab.py" line="301"/>
        <source>{start} – {end}: {inspections} inspections, {failed} of {units} scored results failed ({rate}); {out} days out of control.</source>
        <translation>{start} – {end}：巡检 {inspections} 次，{units} 个计分检查项中 {failed} 项不合格（{rate}）；失控 {out} 天。</translation>
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
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="62"/>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="68"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="70"/>
        <source>phone or room, optional</source>
        <translation>电话或房号，可选</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="72"/>
        <location filename="../../app/ui/complaints/dialogs.py" line="97"/>
        <source>(not known)</source>
        <translation>（不详）</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="74"/>
        <source>e.g. 8 or A12</source>
        <translation>如 8 或 A12</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="77"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="82"/>
        <source>What the guest said, in their words</source>
        <translation>客人的原话</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="83"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="84"/>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="85"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="86"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="87"/>
        <source>Table</source>
        <translation>桌号</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="88"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="90"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="91"/>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="93"/>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="102"/>
        <source>Service-quality dimension: {dimension}</source>
        <translation>服务质量维度：{dimension}</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="107"/>
        <source>Choose the category.</source>
        <translation>请选择投诉类别。</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="110"/>
        <source>Write down what the guest said.</source>
        <translation>请记录客人的原话。</translation>
    </message>
</context>
<context>
    <name>RecordActionDialog</name>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="158"/>
        <source>Record what was done</source>
        <translation>记录处理情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="160"/>
        <source>What the department did about it</source>
        <translation>部门采取的措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="163"/>
        <source>The guest has been told</source>
        <translation>已反馈给客人</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="165"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="166"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="167"/>
        <source>Action taken</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="173"/>
        <source>Say what was done.</source>
        <translation>请填写处理措施。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="24"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="28"/>
        <source>The database file {path} is damaged, so FloorQC did not open it. The damaged file was kept, unchanged, as {kept}.</source>
        <translation>数据库文件 {path} 已损坏，FloorQC 没有打开它。损坏的文件已原样保留为 {kept}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="32"/>
        <source>The newest good backup is from {date}. Restore it to carry on with the data saved up to then.</source>
        <translation>最新的完好备份时间为 {date}。恢复它，即可接着使用截至那时保存的数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="35"/>
        <source>No good backup of it was found. You can start with an empty database; the damaged file stays where it was kept.</source>
        <translation>没有找到它的完好备份。您可以从一个空数据库开始；损坏的文件仍保留在原处。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="46"/>
        <source>Restore the backup from {date}</source>
        <translation>恢复 {date} 的备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="49"/>
        <source>Start with an empty database</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="50"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>RectificationDetailView</name>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="51"/>
        <source>Rectification #{id}</source>
        <translation>整改单 #{id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="54"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="86"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="104"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="104"/>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="105"/>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="105"/>
        <source>Assignee</source>
        <translation>整改人</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="106"/>
        <source>Accountable</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="106"/>
        <source>Leader chain</source>
        <translation>上级链</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="107"/>
        <source>Fix</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="107"/>
        <source>Verified</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="108"/>
        <source>Recurrence</source>
        <translation>重复发生</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="108"/>
        <source>Repair department</source>
        <translation>维修部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="112"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="113"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="114"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="115"/>
        <source>From → to</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="116"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="120"/>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="120"/>
        <source>started</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="121"/>
        <source>submitted</source>
        <translation>提交整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="121"/>
        <source>verified</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="122"/>
        <source>rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="122"/>
        <source>reassigned</source>
        <translation>改派</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="123"/>
        <source>cancelled</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="123"/>
        <source>escalated</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="124"/>
        <source>routed as repair</source>
        <translation>转维修</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="125"/>
        <source>proposed a checklist change</source>
        <translation>提议修改检查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="137"/>
        <source>Start</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="137"/>
        <source>Submit fix…</source>
        <translation>提交整改…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="138"/>
        <source>Verify…</source>
        <translation>验证…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="138"/>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="139"/>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="139"/>
        <source>Cancel…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="140"/>
        <source>Route as repair…</source>
        <translation>转维修…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="141"/>
        <source>Propose checklist change…</source>
        <translation>提议修改检查表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="142"/>
        <source>Record accountability…</source>
        <translation>记录问责…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="172"/>
        <source>{at} by {who}</source>
        <translation>{at}，{who}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="177"/>
        <source> (escalated {level} level(s))</source>
        <translation>（已升级 {level} 级）</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="183"/>
        <source>{who} at {at}: {efficacy}</source>
        <translation>{who} 于 {at}：{efficacy}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="186"/>
        <source>Repeat of rectification #{id}</source>
        <translation>重复发生，前次整改单 #{id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="187"/>
        <source>First time</source>
        <translation>首次发生</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="191"/>
        <source>From complaint #{id}</source>
        <translation>来自投诉 #{id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="241"/>
        <source>Finding</source>
        <translation>问题照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="241"/>
        <source>After</source>
        <translation>整改后</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="286"/>
        <source>Reject the fix</source>
        <translation>驳回整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="286"/>
        <source>Cancel the item</source>
        <translation>撤销整改单</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/detail_view.py" line="287"/>
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
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="103"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="104"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="105"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="110"/>
        <source>Preview opens the PDF in your PDF viewer. Print sends it to the printer you choose; where that is not possible, the PDF is kept and opened so you can print it from the viewer.</source>
        <translation>“预览”会在 PDF 阅读器中打开 PDF。“打印”会把它发送到您选择的打印机；无法直接打印时，PDF 会被保留并打开，您可在阅读器中打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="117"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="118"/>
        <source>Make the PDF and open it in the PDF viewer</source>
        <translation>生成 PDF 并在 PDF 阅读器中打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="119"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="120"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="177"/>
        <source>The blank forms can still be printed.</source>
        <translation>空白表单仍可打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="185"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="186"/>
        <source>Blank forms</source>
        <translation>空白表单</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="200"/>
        <source>Your role may not {what}.</source>
        <translation>您的角色无权{what}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="228"/>
        <source>Covers {shift} on {date}.</source>
        <translation>范围：{date} {shift}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="231"/>
        <source>Covers {date}, with the 7 and 30 days before it for the trend and the 30 days up to it for the charts.</source>
        <translation>范围：{date}；趋势对比此前 7 天和 30 天，图表取截至当日的 30 天。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="237"/>
        <source>Covers {first} to {last}.</source>
        <translation>范围：{first} 至 {last}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="301"/>
        <source>Opened {file} in the PDF viewer.</source>
        <translation>已在 PDF 阅读器中打开 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="303"/>
        <source>No PDF viewer could be opened. The PDF is at {path}.</source>
        <translation>无法打开 PDF 阅读器。PDF 位于 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="315"/>
        <source>Save the PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="317"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="335"/>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="353"/>
        <source>Sending {file} to the printer…</source>
        <translation>正在将 {file} 发送到打印机…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="364"/>
        <source>Printed {file} to the file {path}.</source>
        <translation>已将 {file} 打印到文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="368"/>
        <source>the default printer</source>
        <translation>默认打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="369"/>
        <source>Sent {file} to {printer}.</source>
        <translation>已将 {file} 发送到 {printer}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="373"/>
        <source>Could not print from FloorQC ({reason}). The PDF was saved as {path} and opened in the PDF viewer: print it from there.</source>
        <translation>无法从 FloorQC 直接打印（{reason}）。PDF 已保存为 {path} 并已在 PDF 阅读器中打开，请在阅读器中打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="375"/>
        <source>Could not print from FloorQC ({reason}). The PDF was saved as {path}: open it in a PDF viewer and print it from there.</source>
        <translation>无法从 FloorQC 直接打印（{reason}）。PDF 已保存为 {path}，请用 PDF 阅读器打开后打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="392"/>
        <source>Making the PDF of “{what}”…</source>
        <translation>正在生成“{what}”的 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="405"/>
        <source>The PDF was not made.</source>
        <translation>未生成 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="42"/>
        <source>Shift report</source>
        <translation>交班报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="43"/>
        <source>Hands a shift over: who was on duty (with redeployments and uncovered posts), patrols done against due per area and level, findings with photos, rectifications opened, closed and overdue, complaints with their response times, and signature lines.</source>
        <translation>交接班用：当班人员（含抽调顶岗和缺岗岗位）、各区域各层级应巡与实巡、发现的问题及照片、整改的新开、关闭与逾期、投诉及其响应时间，并附签字栏。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="48"/>
        <source>shift-report_{date}_{shift}</source>
        <translation>交班报告_{date}_{shift}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="50"/>
        <source>Daily quality report</source>
        <translation>质量日报</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="51"/>
        <source>What the director reads each morning: the day&apos;s figures against the 7 and 30 days before, the Pareto of defects, the p-chart of the daily defect rate, team and area rankings, recurring problems, who owns each overdue item, and the five gaps.</source>
        <translation>总监每天早上看的报告：当日指标与前 7 天、前 30 天对比，缺陷帕累托图，每日缺陷率 p 控制图，班组与区域排名，反复出现的问题，每项逾期整改的责任人，以及五大差距。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="56"/>
        <source>daily-report_{date}</source>
        <translation>日报_{date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="57"/>
        <source>Monthly accountability report</source>
        <translation>月度考核报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="58"/>
        <source>For holding posts to account: per team and per employee the scores of their areas, the findings attributed to them, rectification timeliness, complaints, the month&apos;s accountability records and, for inspectors, their disagreement rate.</source>
        <translation>用于立岗问责：按班组和员工列出所在区域的得分、归属其的问题、整改及时率、投诉、本月违规处理记录，以及质检人员的判定分歧率。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="63"/>
        <source>monthly-report_{month}</source>
        <translation>月度考核_{month}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="64"/>
        <source>Guest feedback form</source>
        <translation>客户服务意见表</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="65"/>
        <source>The blank guest feedback form to put on the tables.</source>
        <translation>空白客户服务意见表，放在餐桌上供客人填写。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="67"/>
        <source>guest-feedback-form</source>
        <translation>客户服务意见表</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="68"/>
        <source>Complaint record sheet</source>
        <translation>投诉处理记录表</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="69"/>
        <source>The blank complaint record sheet, to fill in by hand when a complaint is taken away from the laptop.</source>
        <translation>空白投诉处理记录表，不在电脑旁受理投诉时手工填写。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="72"/>
        <source>complaint-record-sheet</source>
        <translation>投诉处理记录表</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="73"/>
        <source>Complaint-handling flowchart</source>
        <translation>投诉处理流程图</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="74"/>
        <source>The complaint-handling flowchart for the wall, with the response limit from the settings.</source>
        <translation>张贴上墙的投诉处理流程图，响应时限取自设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/catalogue.py" line="77"/>
        <source>complaint-flowchart</source>
        <translation>投诉处理流程图</translation>
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
    <name>ResolveDialog</name>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="210"/>
        <source>Resolve the complaint</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="212"/>
        <source>What was done for the guest</source>
        <translation>为客人做了什么处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="214"/>
        <source>e.g. dish replaced, fruit plate, 10% off (optional)</source>
        <translation>如：重做菜品、赠送果盘、九折（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="220"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="221"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="222"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="223"/>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="224"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="226"/>
        <source>Resolve</source>
        <translation>处理完毕</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/dialogs.py" line="230"/>
        <source>Say how it was resolved.</source>
        <translation>请填写处理结果。</translation>
    </message>
</context>
<context>
    <name>ReversedItemsDialog</name>
    <message>
        <location filename="../../app/ui/surveys/survey_dialogs.py" line="106"/>
        <source>Reverse-scored items</source>
        <translation>反向计分题</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_dialogs.py" line="109"/>
        <source>Tick the statements your printed form words negatively. Their answers are scored 8 − x in every gap (both E and P). The default form has none.</source>
        <translation>勾选贵店纸质问卷中以否定方式表述的题目。这些题目在所有差距中按 8 − x 计分（E 和 P 均如此）。默认问卷没有反向题。</translation>
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
    <name>RouteCommentDialog</name>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="128"/>
        <source>Route the comment</source>
        <translation>转交意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="131"/>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="141"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="132"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="133"/>
        <source>Now with</source>
        <translation>当前部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="134"/>
        <source>Route to</source>
        <translation>转交至</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="136"/>
        <source>Route</source>
        <translation>转交</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/comment_dialogs.py" line="146"/>
        <source>Choose the department.</source>
        <translation>请选择部门。</translation>
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
        <location filename="../../app/ui/pages/settings_page.py" line="23"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="29"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="34"/>
        <source>Users and roles</source>
        <translation>用户与权限</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="36"/>
        <source>What each role may do</source>
        <translation>角色权限一览</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="41"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="46"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="48"/>
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
    <name>SigmaPanel</name>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="385"/>
        <source>Defects per million opportunities (DPMO)</source>
        <translation>百万机会缺陷数（DPMO）</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="386"/>
        <source>Sigma level (with the 1.5σ shift)</source>
        <translation>西格玛水平（含 1.5σ 偏移）</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="397"/>
        <source>No submitted inspections in this period.</source>
        <translation>本时段没有已提交的巡检。</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="400"/>
        <source>{defects} failed of {opportunities} scored results: {units} inspections × {per_unit} opportunities per inspection.</source>
        <translation>{opportunities} 个计分检查项中 {defects} 项不合格：{units} 次巡检 × 每次 {per_unit} 个缺陷机会。</translation>
    </message>
    <message>
        <location filename="../../app/ui/analytics/quality_charts.py" line="405"/>
        <source>No defect at all: the sigma level has no finite value.</source>
        <translation>没有任何缺陷：西格玛水平没有有限值。</translation>
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
    <name>SurveyEntry</name>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="93"/>
        <source>Whole venue (no area)</source>
        <translation>全店（不分区域）</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="114"/>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>保存并录下一份（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="117"/>
        <source>Clear form</source>
        <translation>清空本份</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="131"/>
        <source>Respondent</source>
        <translation>受访者</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="132"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="132"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="145"/>
        <source>{scale}. Type 1–7 for each answer; 0 or Space skips, Backspace goes back. Enter on the last answer or Ctrl+Enter saves and starts the next form.</source>
        <translation>{scale}。每题输入 1–7；0 或空格表示未答，退格键返回上一格。在最后一格按回车或随时按 Ctrl+Enter 保存并开始下一份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="151"/>
        <source>Importance weights (optional, 100 points):</source>
        <translation>重要性权重（可选，共100分）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="245"/>
        <source>Sum: {total} / 100</source>
        <translation>合计：{total} / 100</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="265"/>
        <source>Give the respondent a name or code.</source>
        <translation>请填写受访者姓名或编号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="269"/>
        <source>The form has no answers yet.</source>
        <translation>本份问卷还没有任何作答。</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="273"/>
        <source>The weights must add up to 100, or all stay empty.</source>
        <translation>权重合计必须为100，或全部留空。</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="289"/>
        <source>Saved {respondent}: {e} E and {p} P answers. Forms saved here: {count}.</source>
        <translation>已保存 {respondent}：期望 {e} 题，感知 {p} 题。本次已录入 {count} 份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="296"/>
        <source>The form of {respondent} was not saved: {reason}</source>
        <translation>{respondent} 的问卷未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>SurveyEntryDialog</name>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="331"/>
        <source>Manager survey form</source>
        <translation>管理者问卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="332"/>
        <source>Guest survey form</source>
        <translation>顾客问卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_entry.py" line="335"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../app/ui/surveys/survey_dialogs.py" line="62"/>
        <source>Import survey forms</source>
        <translation>导入调查问卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_dialogs.py" line="66"/>
        <source>One row per respondent. Columns: respondent 受访者, kind 类型 (guest 顾客 or manager 经理), date 日期, E1…E22, P1…P22 (answers 1–7, empty = skipped; managers have no P), and optionally the weights W_tangibles, W_reliability, W_responsiveness, W_assurance, W_empathy summing to 100. Headers in Chinese or English.</source>
        <translation>每位受访者一行。列：受访者 respondent、类型 kind（顾客 guest 或经理 manager）、日期 date、E1…E22、P1…P22（作答 1–7，留空表示未答；经理问卷没有 P），可选权重 W_tangibles、W_reliability、W_responsiveness、W_assurance、W_empathy，合计100。表头可用中文或英文。</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_dialogs.py" line="72"/>
        <source>Choose the survey file</source>
        <translation>选择问卷文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_dialogs.py" line="72"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/survey_dialogs.py" line="75"/>
        <source>Imported {added} forms: {guests} from guests, {managers} from managers.</source>
        <translation>已导入 {added} 份问卷：顾客 {guests} 份，经理 {managers} 份。</translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <location filename="../../app/ui/surveys/common.py" line="39"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/common.py" line="40"/>
        <source>Guest</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/common.py" line="55"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <location filename="../../app/ui/surveys/surveys_page.py" line="27"/>
        <source>Surveys</source>
        <translation>调查问卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_page.py" line="28"/>
        <source>Promise register</source>
        <translation>服务承诺</translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="34"/>
        <source>Guests and managers</source>
        <translation>顾客和经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="34"/>
        <source>Guests</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="35"/>
        <source>Managers</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="39"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="40"/>
        <source>Respondent</source>
        <translation>受访者</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="41"/>
        <source>Form</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="42"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="42"/>
        <source>whole venue</source>
        <translation>全店</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="43"/>
        <source>E answered</source>
        <translation>E 已答</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="44"/>
        <source>P answered</source>
        <translation>P 已答</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="46"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="46"/>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="46"/>
        <source>no</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="48"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="53"/>
        <source>New guest form</source>
        <translation>录入顾客问卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="54"/>
        <source>New manager form</source>
        <translation>录入经理问卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="56"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="57"/>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="149"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="58"/>
        <source>Reverse-scored items…</source>
        <translation>反向计分题…</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="73"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="75"/>
        <source>Forms</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="100"/>
        <source>{count} forms</source>
        <translation>共 {count} 份问卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="146"/>
        <source>Delete form</source>
        <translation>删除问卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="147"/>
        <source>Delete the form of {respondent} from {day}? Its answers leave every gap figure.</source>
        <translation>删除 {respondent} 在 {day} 的问卷？其作答将不再计入任何差距。</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys/surveys_tab.py" line="149"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>SystemPrint</name>
    <message>
        <location filename="../../app/ui/reports/output.py" line="140"/>
        <source>there is no lp command to send it to a printer</source>
        <translation>本机没有可把文件发送到打印机的 lp 命令</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/output.py" line="166"/>
        <source>lp ended with code {code}</source>
        <translation>lp 以代码 {code} 结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/output.py" line="171"/>
        <source>lp could not be started</source>
        <translation>无法启动 lp</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/output.py" line="181"/>
        <source>The PDF viewer prints it.</source>
        <translation>由 PDF 阅读器打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/output.py" line="188"/>
        <source>The PDF viewer prints it on the default printer.</source>
        <translation>由 PDF 阅读器在默认打印机上打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/output.py" line="190"/>
        <source>One copy of every page: for more copies or some pages only, print from the viewer.</source>
        <translation>只打印全部页面一份；如需多份或部分页面，请在阅读器中打印。</translation>
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
        <location filename="../../app/ui/rectifications/wallboard.py" line="62"/>
        <source>FloorQC wallboard</source>
        <translation>FloorQC 看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/wallboard.py" line="79"/>
        <source>No open critical or major items.</source>
        <translation>没有未关闭的严重或较重问题。</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/wallboard.py" line="80"/>
        <source>Esc closes the wallboard</source>
        <translation>按 Esc 关闭看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/wallboard.py" line="126"/>
        <source>No complaint waiting for a response</source>
        <translation>暂无等待响应的投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/wallboard.py" line="128"/>
        <source>Complaints waiting for a response: {count}</source>
        <translation>等待响应的投诉：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rectifications/wallboard.py" line="169"/>
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
    <name>analytics</name>
    <message>
        <location filename="../../app/services/analytics.py" line="43"/>
        <source>No category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="49"/>
        <location filename="../../app/services/analytics.py" line="60"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="50"/>
        <location filename="../../app/services/analytics.py" line="76"/>
        <location filename="../../app/services/analytics.py" line="82"/>
        <source>Inspections</source>
        <translation>巡检次数</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="51"/>
        <location filename="../../app/services/analytics.py" line="77"/>
        <source>Average score</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="52"/>
        <source>Scored results</source>
        <translation>计分检查项</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="53"/>
        <source>Failed results</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="54"/>
        <source>Defect rate (%)</source>
        <translation>缺陷率（%）</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="55"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="56"/>
        <source>Category key</source>
        <translation>类别代码</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="57"/>
        <location filename="../../app/services/analytics.py" line="68"/>
        <source>Defects</source>
        <translation>缺陷数</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="58"/>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="59"/>
        <source>Cumulative (%)</source>
        <translation>累计占比（%）</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="61"/>
        <source>Units (n)</source>
        <translation>样本量（n）</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="62"/>
        <source>Defective (d)</source>
        <translation>不合格数（d）</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="63"/>
        <source>p (%)</source>
        <translation>不合格率 p（%）</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="64"/>
        <source>Centre line (%)</source>
        <translation>中心线（%）</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="65"/>
        <source>UCL (%)</source>
        <translation>上控制限 UCL（%）</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="66"/>
        <source>LCL (%)</source>
        <translation>下控制限 LCL（%）</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="67"/>
        <source>Western Electric rules broken</source>
        <translation>违反的西电判异规则</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="69"/>
        <source>Units (inspections)</source>
        <translation>单位数（巡检次数）</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="70"/>
        <source>Opportunities per unit</source>
        <translation>每单位缺陷机会数</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="71"/>
        <source>Opportunities</source>
        <translation>缺陷机会总数</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="72"/>
        <source>DPMO</source>
        <translation>百万机会缺陷数（DPMO）</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="73"/>
        <source>Sigma level</source>
        <translation>西格玛水平</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="74"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="75"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="78"/>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="79"/>
        <source>Overdue rectifications</source>
        <translation>逾期整改</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="80"/>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="81"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="83"/>
        <source>Contradicted inspections</source>
        <translation>被推翻的巡检</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="84"/>
        <source>Items contradicted</source>
        <translation>被推翻的检查项</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="85"/>
        <source>Disagreement rate (%)</source>
        <translation>不一致率（%）</translation>
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
        <location filename="../../app/reports/shift_pdf.py" line="48"/>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/common.py" line="46"/>
        <location filename="../../app/reports/shift_pdf.py" line="49"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/common.py" line="47"/>
        <location filename="../../app/reports/shift_pdf.py" line="50"/>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/common.py" line="48"/>
        <location filename="../../app/reports/shift_pdf.py" line="51"/>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../app/services/backups.py" line="28"/>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="29"/>
        <source>Every 30 minutes</source>
        <translation>每 30 分钟</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="30"/>
        <source>On closing FloorQC</source>
        <translation>关闭 FloorQC 时</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="31"/>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="32"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="33"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
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
        <location filename="../../app/cli.py" line="98"/>
        <source>integrity check failed: {problems}</source>
        <translation>完整性检查失败：{problems}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="101"/>
        <source>integrity check: ok</source>
        <translation>完整性检查：正常</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="108"/>
        <source>integrity check: skipped (PRAGMA integrity_check is SQLite-only; the PostgreSQL server checks its own pages, see pg_amcheck)</source>
        <translation>完整性检查：已跳过（PRAGMA integrity_check 仅适用于 SQLite；PostgreSQL 服务器自行检查其数据页，详见 pg_amcheck）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="114"/>
        <source>foreign key check failed: {table} row {row} refers to a missing {parent} ({count} problem(s))</source>
        <translation>外键检查失败：{table} 第 {row} 行引用了不存在的 {parent}（共 {count} 处问题）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="118"/>
        <source>foreign key check: ok</source>
        <translation>外键检查：正常</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="128"/>
        <source>audit row {row} does not match its hash</source>
        <translation>审计记录第 {row} 行与其哈希值不符</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="131"/>
        <source>audit chain: ok ({rows} rows, head {head})</source>
        <translation>审计链：正常（{rows} 行，链头 {head}）</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="51"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="56"/>
        <source>Gap 1 management vs guest expectations</source>
        <translation>差距1 管理者认知与顾客期望</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="57"/>
        <source>Gap 2 standards vs expectations</source>
        <translation>差距2 服务标准与顾客期望</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="58"/>
        <source>Gap 3 delivery vs standards</source>
        <translation>差距3 服务执行与服务标准</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="59"/>
        <source>Gap 4 promises vs delivery</source>
        <translation>差距4 服务承诺与实际兑现</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="60"/>
        <source>Gap 5 perception vs expectation</source>
        <translation>差距5 顾客感知与顾客期望</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="62"/>
        <source>whole venue</source>
        <translation>全店</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="63"/>
        <source>Service-quality gaps {start} to {end}, {area}</source>
        <translation>服务质量差距 {start} 至 {end}，{area}</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="65"/>
        <source>Gaps 1 and 5 in scale points (-6 to +6), gaps 2-4 in percentage points (-100 to 0); negative is a shortfall; n in brackets.</source>
        <translation>差距1和5以量表分计（-6 至 +6），差距2–4以百分点计（-100 至 0）；负值表示不足；括号内为样本数 n。</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="68"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="70"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="70"/>
        <source>Dimensions</source>
        <translation>有数据维度</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="77"/>
        <source>Mean expectation (E)</source>
        <translation>期望均值（E）</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="78"/>
        <source>Mean perception (P)</source>
        <translation>感知均值（P）</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="81"/>
        <source>Weighted SERVQUAL score: {value}</source>
        <translation>加权 SERVQUAL 得分：{value}</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="83"/>
        <source>Item</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="217"/>
        <source>Imported {added} survey forms: {guests} from guests, {managers} from managers.</source>
        <translation>已导入 {added} 份问卷：顾客 {guests} 份，经理 {managers} 份。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="230"/>
        <source>Exported the roster of {week} ({count} employees) to {file}</source>
        <translation>已将 {week} 的排班表（{count} 名员工）导出到 {file}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="243"/>
        <source>Exported {count} employees to {file}</source>
        <translation>已导出 {count} 名员工到 {file}</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="47"/>
        <source>Demo venue {venue} created: {employees} staff, {posts} posts, {teams} teams, {areas} areas, {users} sign-ins (passwords in README), {roster_entries} roster entries over four weeks, {rounds} patrol rounds over three weeks, {complaints} complaints, {comments} guest comments, {surveys} SERVQUAL forms and {outcomes} promise outcomes.</source>
        <translation>已创建演示门店 {venue}：员工 {employees} 人，岗位 {posts} 个，班组 {teams} 个，区域 {areas} 个，登录账号 {users} 个（密码见 README），四周排班记录 {roster_entries} 条，三周巡查 {rounds} 次，投诉 {complaints} 条，顾客意见 {comments} 条，SERVQUAL 问卷 {surveys} 份，服务承诺实测记录 {outcomes} 条。</translation>
    </message>
    <message>
        <location filename="../../app/cli_reports.py" line="61"/>
        <source>Wrote {file} ({size} KB)</source>
        <translation>已写入 {file}（{size} KB）</translation>
    </message>
    <message>
        <location filename="../../app/cli_backup.py" line="80"/>
        <source>Restored {db} from {file}.</source>
        <translation>已用 {file} 恢复 {db}。</translation>
    </message>
    <message>
        <location filename="../../app/cli_backup.py" line="82"/>
        <source>Restored {db} from {file}; the previous file was kept as {kept}.</source>
        <translation>已用 {file} 恢复 {db}；原来的文件保存为 {kept}。</translation>
    </message>
    <message>
        <location filename="../../app/services/demo_large.py" line="89"/>
        <source>Large demo venue created in {seconds:.1f} s: {employees} staff, {teams} teams, {areas} areas, {days} days ending yesterday: {roster_entries} roster entries, {inspections} patrol rounds with {answers} answers, {findings} findings and {rectifications} rectifications, {complaints} complaints, {surveys} SERVQUAL forms and {outcomes} promise outcomes.</source>
        <translation>大型演示场馆已创建，用时 {seconds:.1f} 秒：{employees} 名员工、{teams} 个班组、{areas} 个区域，截至昨天共 {days} 天：{roster_entries} 条排班、{inspections} 次巡检（{answers} 条检查结果）、{findings} 个问题及 {rectifications} 条整改、{complaints} 条投诉、{surveys} 份 SERVQUAL 问卷和 {outcomes} 条承诺兑现记录。</translation>
    </message>
</context>
<context>
    <name>complaints</name>
    <message>
        <location filename="../../app/domain/complaints.py" line="17"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="18"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="19"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="20"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="25"/>
        <source>Dish quality</source>
        <translation>菜品质量</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="26"/>
        <source>Wrong or missing dish</source>
        <translation>错上或漏上菜品</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="27"/>
        <source>Billing error</source>
        <translation>结账差错</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="28"/>
        <source>Reservation or seating</source>
        <translation>预订或安排座位</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="29"/>
        <source>Slow service or long wait</source>
        <translation>上菜慢或等候过久</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="31"/>
        <source>Call not answered</source>
        <translation>呼叫无人应答</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="32"/>
        <source>Staff attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="33"/>
        <source>Staff knowledge or procedure</source>
        <translation>员工业务或流程</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="35"/>
        <source>Hygiene</source>
        <translation>卫生</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="36"/>
        <source>Facilities or equipment</source>
        <translation>设施设备</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="37"/>
        <source>Noise, temperature or lighting</source>
        <translation>噪音、温度或灯光</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="39"/>
        <source>Special needs not met</source>
        <translation>特殊需求未满足</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="43"/>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="44"/>
        <source>Major</source>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="45"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="49"/>
        <source>Waiting for response</source>
        <translation>待回应</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="50"/>
        <source>Responded</source>
        <translation>已回应</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="51"/>
        <source>Handed over</source>
        <translation>已转交</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="52"/>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="53"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="66"/>
        <source>Very dissatisfied</source>
        <translation>很不满意</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="67"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="68"/>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="69"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="70"/>
        <source>Very satisfied</source>
        <translation>很满意</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="74"/>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="75"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="76"/>
        <source>Dish comment</source>
        <translation>菜品意见</translation>
    </message>
    <message>
        <location filename="../../app/domain/complaints.py" line="77"/>
        <source>Other comment</source>
        <translation>其他意见</translation>
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
        <location filename="../../app/domain/errors.py" line="80"/>
        <source>The disk holding the database ({where}) is full. Nothing was half-saved: free some space on that disk, then try again.</source>
        <translation>存放数据库（{where}）的磁盘已满。没有保存半截的数据：请在该磁盘上腾出一些空间，然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/domain/errors.py" line="87"/>
        <source>The database ({where}) can only be read. Nothing was saved: check that you may write to the file and its folder (permissions, a write-protected drive), then try again.</source>
        <translation>数据库（{where}）只能读取，这次没有保存任何内容：请检查您能否写入该文件及其所在文件夹（权限、写保护的磁盘），然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/domain/errors.py" line="95"/>
        <source>The database ({where}) is busy in another program. Nothing was half-saved: close the other FloorQC window or program using it, then try again.</source>
        <translation>数据库（{where}）正被另一个程序占用。没有保存半截的数据：请关闭正在使用它的另一个 FloorQC 窗口或程序，然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/domain/errors.py" line="103"/>
        <source>The database ({where}) could not be read or written ({detail}). Nothing was half-saved: check that the drive is connected and the file is still there, then try again.</source>
        <translation>无法读写数据库（{where}）（{detail}）。没有保存半截的数据：请检查磁盘是否已连接、文件是否还在原处，然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/domain/errors.py" line="113"/>
        <source>The database ({where}) is damaged ({detail}). Close FloorQC and start it again: it keeps the damaged file aside and offers the newest good backup.</source>
        <translation>数据库（{where}）已损坏（{detail}）。请关闭 FloorQC 后重新启动：它会把损坏的文件另存一旁，并提供最新的完好备份。</translation>
    </message>
    <message>
        <location filename="../../app/domain/errors.py" line="127"/>
        <source>The database {path} is damaged and no good backup of it was found. The damaged file was kept as {kept}; the next start can begin with an empty database.</source>
        <translation>数据库 {path} 已损坏，且没有找到它的完好备份。损坏的文件已保留为 {kept}；下次启动时可以从一个空数据库开始。</translation>
    </message>
    <message>
        <location filename="../../app/domain/errors.py" line="132"/>
        <source>The database {path} is damaged. The damaged file was kept as {kept}. The newest good backup is from {date}: restore it with floorqc restore &quot;{backup}&quot; --db &quot;{path}&quot;, or start FloorQC, which offers it.</source>
        <translation>数据库 {path} 已损坏。损坏的文件已保留为 {kept}。最新的完好备份时间为 {date}：可用 floorqc restore &quot;{backup}&quot; --db &quot;{path}&quot; 恢复，或启动 FloorQC，它会提供该备份供恢复。</translation>
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
        <location filename="../../app/services/teams.py" line="50"/>
        <location filename="../../app/services/auth.py" line="117"/>
        <location filename="../../app/services/staff.py" line="58"/>
        <location filename="../../app/services/staff.py" line="183"/>
        <location filename="../../app/services/staff.py" line="208"/>
        <location filename="../../app/services/staff.py" line="235"/>
        <location filename="../../app/services/staff.py" line="264"/>
        <location filename="../../app/services/accountability.py" line="50"/>
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
        <location filename="../../app/services/demo.py" line="82"/>
        <source>This database already has staff; the demo venue needs an empty one.</source>
        <translation>该数据库已有员工，演示门店需要空数据库。</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="86"/>
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
        <location filename="../../app/services/staff.py" line="98"/>
        <location filename="../../app/services/shifts.py" line="82"/>
        <source>No such post.</source>
        <translation>找不到该岗位。</translation>
    </message>
    <message>
        <location filename="../../app/services/org_structure.py" line="180"/>
        <source>Post {name} still has staff; move them first.</source>
        <translation>岗位“{name}”仍有员工在岗，请先将其调岗。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="93"/>
        <source>Unknown setting {key}.</source>
        <translation>未知的设置项：{key}。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="98"/>
        <source>“{setting}” must be a whole number of at least {minimum}.</source>
        <translation>“{setting}”必须是不小于 {minimum} 的整数。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="115"/>
        <source>“{setting}” must list whole numbers from {minimum} to {maximum}.</source>
        <translation>“{setting}”只能列出 {minimum} 到 {maximum} 之间的整数。</translation>
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
        <location filename="../../app/services/staff.py" line="185"/>
        <source>{name} was changed by someone else meanwhile. Reopen the record and try again.</source>
        <translation>{name} 的资料已被他人修改。请重新打开后再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="190"/>
        <source>Use &apos;Deactivate&apos; to record that someone has left.</source>
        <translation>员工离职请使用“办理离职”。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="212"/>
        <source>{name} leads {count} people. Choose who leads them now first.</source>
        <translation>{name} 直接带领 {count} 人，请先指定他们的新上级。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="216"/>
        <source>Choose someone other than the person who is leaving.</source>
        <translation>请选择离职人员以外的其他人。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="254"/>
        <source>Unknown qualification level {level}.</source>
        <translation>未知的兼岗等级：{level}。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="259"/>
        <source>No such employee or post.</source>
        <translation>找不到该员工或岗位。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="261"/>
        <source>This is already {name}&apos;s own post.</source>
        <translation>这已是 {name} 的本职岗位。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="282"/>
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
        <location filename="../../app/services/survey_io.py" line="85"/>
        <source>The answer to {field} must be a whole number from 1 to 7, not {value}.</source>
        <translation>{field} 的答案必须是 1 到 7 的整数，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="87"/>
        <source>The weight {field} must be a number of at least 0, not {value}.</source>
        <translation>权重 {field} 必须是不小于 0 的数，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="89"/>
        <source>Write the form type as guest or manager (顾客 or 经理), not “{value}”.</source>
        <translation>问卷类型请填写“顾客”或“经理”（guest 或 manager），不能是“{value}”。</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="103"/>
        <source>The respondent is too long (at most {limit} characters).</source>
        <translation>受访者名称太长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="110"/>
        <location filename="../../app/services/gaps.py" line="143"/>
        <source>There is no SERVQUAL item {item}; items run from 1 to 22.</source>
        <translation>没有 SERVQUAL 第 {item} 题；题号为 1 到 22。</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="117"/>
        <source>A manager form answers only the expectations (E), as guests would expect; leave the perceptions (P) empty.</source>
        <translation>经理问卷只按顾客的期望填写期望（E）部分；感知（P）请留空。</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="121"/>
        <source>The form has no answers.</source>
        <translation>问卷没有任何答案。</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="131"/>
        <source>Unknown dimension {dimension} in the weights.</source>
        <translation>权重中有未知维度 {dimension}。</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="142"/>
        <source>The weights add up to {total}; they must add up to 100.</source>
        <translation>权重合计为 {total}，必须合计为 100。</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="177"/>
        <location filename="../../app/services/staff_sheet.py" line="168"/>
        <source>The file contains no rows.</source>
        <translation>文件中没有任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="204"/>
        <source>The file has a header row but no survey forms.</source>
        <translation>文件只有表头，没有问卷。</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="323"/>
        <source>The measured time must be a number of minutes of at least 0, not {value}.</source>
        <translation>实测用时必须是不小于 0 的分钟数，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="331"/>
        <source>The file has a header row but no outcomes.</source>
        <translation>文件只有表头，没有实测记录。</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="349"/>
        <location filename="../../app/services/promises.py" line="57"/>
        <source>Name the promise.</source>
        <translation>请填写承诺名称。</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="353"/>
        <source>The time “{value}” is not understood; write it like 2026-11-23 19:05.</source>
        <translation>无法识别时间“{value}”；请写成 2026-11-23 19:05 这样的格式。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_sheet.py" line="193"/>
        <source>The file has a header row but no employees.</source>
        <translation>文件只有表头，没有员工数据。</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="71"/>
        <source>{file} is an old Excel 97-2003 file. Save it as an Excel workbook (.xlsx) or as CSV UTF-8 first.</source>
        <translation>{file} 是旧版 Excel 97-2003 文件。请先另存为 Excel 工作簿（.xlsx）或“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="75"/>
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
        <location filename="../../app/services/tabular.py" line="90"/>
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
        <location filename="../../app/services/tabular.py" line="92"/>
        <source>{file} is larger than {limit} MB; split it into smaller files.</source>
        <translation>{file} 超过 {limit} MB，请拆分成几个较小的文件。</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="101"/>
        <source>{file} has more than {limit} rows, counting empty ones; delete the empty rows at its end and try again.</source>
        <translation>{file} 连同空行超过 {limit} 行；请删除文件末尾的空行后重试。</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="106"/>
        <source>{file}: row {row} has more than {limit} columns.</source>
        <translation>{file}：第 {row} 行超过 {limit} 列。</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="121"/>
        <source>{file} has more than {limit} rows; split it into smaller files.</source>
        <translation>{file} 超过 {limit} 行，请拆分成几个较小的文件。</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="133"/>
        <source>{file}: the cell in row {row}, column {column} holds more than {limit} characters, more than a spreadsheet cell can.</source>
        <translation>{file}：第 {row} 行 {column} 列的单元格超过 {limit} 个字符，超出了电子表格单元格的容量。</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="169"/>
        <source>{file} could not be read as an Excel workbook: {reason}</source>
        <translation>无法以 Excel 工作簿格式读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="187"/>
        <source>{file} unpacks to far more data than a spreadsheet of its size holds; it may be damaged. Open it in Excel, save it again and import that copy.</source>
        <translation>{file} 解压后的数据量远超同样大小的电子表格应有的内容，文件可能已损坏。请用 Excel 打开并另存一份，再导入另存的文件。</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="238"/>
        <source>{file} is neither UTF-8 nor GB18030 text. Save it from Excel as &quot;CSV UTF-8&quot; or as an Excel workbook (.xlsx).</source>
        <translation>{file} 既不是 UTF-8 也不是 GB18030 编码的文本。请在 Excel 中另存为“CSV UTF-8”或 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../app/services/tabular.py" line="249"/>
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
        <location filename="../../app/services/surveys.py" line="91"/>
        <location filename="../../app/services/teams.py" line="113"/>
        <location filename="../../app/services/teams.py" line="126"/>
        <location filename="../../app/services/on_duty.py" line="41"/>
        <location filename="../../app/services/promises.py" line="155"/>
        <location filename="../../app/services/guest_common.py" line="47"/>
        <location filename="../../app/services/patrols.py" line="112"/>
        <location filename="../../app/services/gap_queries.py" line="45"/>
        <source>No such area.</source>
        <translation>找不到该区域。</translation>
    </message>
    <message>
        <location filename="../../app/services/surveys.py" line="179"/>
        <source>Reverse-scored items must be SERVQUAL item numbers from 1 to 22.</source>
        <translation>反向计分题必须是 1 到 22 之间的 SERVQUAL 题号。</translation>
    </message>
    <message>
        <location filename="../../app/services/surveys.py" line="196"/>
        <source>No such survey form.</source>
        <translation>没有这份问卷。</translation>
    </message>
    <message>
        <location filename="../../app/services/surveys.py" line="240"/>
        <source>A form of {respondent} of this type on {day} is already recorded.</source>
        <translation>{respondent} 在 {day} 的同类问卷已经录入过。</translation>
    </message>
    <message>
        <location filename="../../app/services/surveys.py" line="244"/>
        <source>{respondent} has another form of this type on {day} (row {first}).</source>
        <translation>{respondent} 在 {day} 还有一份同类问卷（第 {first} 行）。</translation>
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
        <location filename="../../app/cli.py" line="143"/>
        <source>Write the week like 2026-W48, not {value}.</source>
        <translation>周次请写成 2026-W48 的格式，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="155"/>
        <location filename="../../app/cli_reports.py" line="27"/>
        <source>Write the date like 2026-11-23, not {value}.</source>
        <translation>日期请写成 2026-11-23 这样的格式，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/cli_gaps.py" line="21"/>
        <source>No area named {name}.</source>
        <translation>没有名为 {name} 的区域。</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_io.py" line="107"/>
        <source>{file}: a roster is exported as .xlsx or .pdf.</source>
        <translation>{file}：排班表只能导出为 .xlsx 或 .pdf。</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="132"/>
        <source>No header row with a 工号 column was found; export a roster to see the layout.</source>
        <translation>找不到含“工号”列的表头行；可先导出一份排班表查看格式。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist_load.py" line="37"/>
        <location filename="../../app/services/checklists.py" line="344"/>
        <location filename="../../app/services/patrols.py" line="115"/>
        <source>No such checklist version.</source>
        <translation>找不到该检查表版本。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="152"/>
        <location filename="../../app/services/checklists.py" line="324"/>
        <source>Enter a name for the checklist.</source>
        <translation>请输入检查表名称。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="158"/>
        <source>{count} problem(s) in the items; nothing was saved.</source>
        <translation>检查项中有 {count} 处问题，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="187"/>
        <source>{count} problem(s); this version cannot be published yet.</source>
        <translation>有 {count} 处问题，该版本暂不能发布。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="199"/>
        <source>Say why the checklist changes (the reason stays with the new version).</source>
        <translation>请说明修改检查表的原因（原因随新版本保存）。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="314"/>
        <source>{count} problem(s) with the levels or area kinds; nothing was saved.</source>
        <translation>适用层级或区域类型有 {count} 处问题，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="321"/>
        <source>A checklist key is 1-60 lower-case letters, digits, - or _ (such as private-room-service).</source>
        <translation>检查表标识须为 1–60 个小写字母、数字、- 或 _（例如 private-room-service）。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="326"/>
        <source>A checklist with the key {key} already exists.</source>
        <translation>标识为 {key} 的检查表已存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="337"/>
        <source>No such checklist.</source>
        <translation>找不到该检查表。</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="350"/>
        <source>Published versions are frozen; start a new version.</source>
        <translation>已发布的版本不可修改，请新建版本。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="58"/>
        <source>No such complaint.</source>
        <translation>没有这条投诉。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="149"/>
        <source>Choose how the complaint came in (phone, SMS, online or in person).</source>
        <translation>请选择投诉渠道（电话、短信、网络或当面）。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="152"/>
        <source>Choose what the complaint is about.</source>
        <translation>请选择投诉类别。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="157"/>
        <source>Write down what the guest complained about.</source>
        <translation>请填写顾客投诉的内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="158"/>
        <source>A complaint cannot be received later than now ({at}).</source>
        <translation>投诉的接收时间不能晚于现在（{at}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="192"/>
        <source>Choose the department to hand the complaint to.</source>
        <translation>请选择移交投诉的部门。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="210"/>
        <source>Describe how the complaint was resolved.</source>
        <translation>请填写投诉的处理结果。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="213"/>
        <source>The compensation amount cannot be negative.</source>
        <translation>补偿金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="229"/>
        <source>Write down what the guest was told.</source>
        <translation>请填写回访时告知顾客的内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="232"/>
        <source>Rate the guest&apos;s satisfaction from 1 to 5, or leave it empty.</source>
        <translation>顾客满意度请按 1 到 5 评分，或留空。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="305"/>
        <location filename="../../app/services/patrol_findings.py" line="27"/>
        <source>Unknown severity {severity}.</source>
        <translation>未知的严重程度 {severity}。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="311"/>
        <source>This complaint already has rectification #{id}.</source>
        <translation>这条投诉已开出整改单 #{id}。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="315"/>
        <source>A rectification needs an area, and this complaint was recorded without one.</source>
        <translation>整改需要指定区域，而这条投诉登记时没有填写区域。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="351"/>
        <source>This complaint was already answered at {at} by {who}.</source>
        <translation>这条投诉已由{who}于 {at} 答复。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="357"/>
        <source>Respond to the guest first: the complaint is still waiting for its first response.</source>
        <translation>请先答复顾客：这条投诉还在等待首次响应。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="360"/>
        <source>A complaint that is {state} cannot be changed this way.</source>
        <translation>状态为“{state}”的投诉不能这样修改。</translation>
    </message>
    <message>
        <location filename="../../app/services/complaints.py" line="368"/>
        <source>This complaint was changed by {who} at {at} — reload it.</source>
        <translation>这条投诉已被{who}于 {at} 修改，请重新加载。</translation>
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
        <location filename="../../app/services/rectifications.py" line="176"/>
        <location filename="../../app/services/patrol_findings.py" line="117"/>
        <source>Give a reason for changing who is responsible.</source>
        <translation>请说明更换责任人的原因。</translation>
    </message>
    <message>
        <location filename="../../app/services/rectifications.py" line="182"/>
        <location filename="../../app/services/complaints.py" line="196"/>
        <location filename="../../app/services/patrol_findings.py" line="123"/>
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
        <location filename="../../app/services/rectifications.py" line="328"/>
        <source>No such rectification.</source>
        <translation>找不到该整改。</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_comments.py" line="65"/>
        <source>Choose the kind of comment (praise, suggestion, dish or other).</source>
        <translation>请选择意见类型（表扬、建议、菜品意见或其他）。</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_comments.py" line="68"/>
        <source>Write down what the guest said.</source>
        <translation>请填写顾客的意见内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_common.py" line="36"/>
        <source>The guest&apos;s name and contact may have at most 80 characters, the table at most 20.</source>
        <translation>顾客姓名和联系方式最多 80 个字符，台号最多 20 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_comments.py" line="69"/>
        <source>A comment cannot be received later than now ({at}).</source>
        <translation>意见的接收时间不能晚于现在（{at}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_comments.py" line="94"/>
        <source>This comment has already been dealt with.</source>
        <translation>这条意见已经处理完毕。</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_comments.py" line="108"/>
        <source>Describe what was done about the comment.</source>
        <translation>请填写对这条意见采取的措施。</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_comments.py" line="143"/>
        <source>Choose the department the comment goes to.</source>
        <translation>请选择接收这条意见的部门。</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_comments.py" line="151"/>
        <source>No such guest comment.</source>
        <translation>没有这条顾客意见。</translation>
    </message>
    <message>
        <location filename="../../app/services/promises.py" line="33"/>
        <source>“{name}” is measured from the complaint log; its outcomes cannot be entered.</source>
        <translation>“{name}”由投诉记录自动计量，不能手工录入实测结果。</translation>
    </message>
    <message>
        <location filename="../../app/services/promises.py" line="59"/>
        <source>The promise&apos;s name is too long (at most {limit} characters).</source>
        <translation>承诺名称太长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../app/services/promises.py" line="63"/>
        <location filename="../../app/services/gaps.py" line="140"/>
        <source>Unknown dimension {dimension}.</source>
        <translation>未知维度 {dimension}。</translation>
    </message>
    <message>
        <location filename="../../app/services/promises.py" line="66"/>
        <source>Unknown promise source {source}.</source>
        <translation>未知的承诺数据来源 {source}。</translation>
    </message>
    <message>
        <location filename="../../app/services/promises.py" line="71"/>
        <source>The target must be a number of minutes above 0, not {value}.</source>
        <translation>目标必须是大于 0 的分钟数，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/services/promises.py" line="104"/>
        <source>The complaint promise follows the setting “Minutes to give a complaint its first response” ({minutes}); change it there.</source>
        <translation>投诉回应承诺跟随设置项“投诉首次回应时限（分钟）”（{minutes}）；请在设置中修改。</translation>
    </message>
    <message>
        <location filename="../../app/services/promises.py" line="110"/>
        <source>A promise named {name} already exists.</source>
        <translation>已有名为 {name} 的承诺。</translation>
    </message>
    <message>
        <location filename="../../app/services/promises.py" line="114"/>
        <source>Only one promise can be measured from the complaint log.</source>
        <translation>只能有一项承诺由投诉记录自动计量。</translation>
    </message>
    <message>
        <location filename="../../app/services/promises.py" line="125"/>
        <source>“{name}” already has measured outcomes; its source cannot change.</source>
        <translation>“{name}”已有实测结果，不能更改数据来源。</translation>
    </message>
    <message>
        <location filename="../../app/services/promises.py" line="147"/>
        <source>The note is too long (at most {limit} characters).</source>
        <translation>备注太长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../app/services/promises.py" line="219"/>
        <source>No such promise.</source>
        <translation>没有这项服务承诺。</translation>
    </message>
    <message>
        <location filename="../../app/services/promises.py" line="259"/>
        <source>No promise named {name}.</source>
        <translation>没有名为 {name} 的承诺。</translation>
    </message>
    <message>
        <location filename="../../app/services/report_shift.py" line="106"/>
        <source>There is no shift called “{name}”. The shifts are: {names}.</source>
        <translation>没有名为“{name}”的班次。现有班次：{names}。</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="180"/>
        <location filename="../../app/services/gaps.py" line="175"/>
        <source>Unknown chart {chart}.</source>
        <translation>未知的图表 {chart}。</translation>
    </message>
    <message>
        <location filename="../../app/services/analytics.py" line="194"/>
        <source>The period starts after it ends ({start} – {end}).</source>
        <translation>时段的开始晚于结束（{start} – {end}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="68"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>统计期的结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="138"/>
        <source>There is no gap {gap}.</source>
        <translation>没有差距 {gap}。</translation>
    </message>
    <message>
        <location filename="../../app/cli_reports.py" line="22"/>
        <source>Write the month like 2026-11, not {value}.</source>
        <translation>月份请写成 2026-11 这样的格式，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="41"/>
        <source>This database is on a PostgreSQL server: back it up with pg_dump and restore it with pg_restore (see &quot;Several laptops&quot; in the README).</source>
        <translation>此数据库在 PostgreSQL 服务器上：请用 pg_dump 备份、用 pg_restore 恢复（见 README 的“Several laptops”一节）。</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="124"/>
        <location filename="../../app/db/backup.py" line="36"/>
        <source>There is no backup file at {path}.</source>
        <translation>{path} 处没有备份文件。</translation>
    </message>
    <message>
        <location filename="../../app/db/backup.py" line="42"/>
        <source>{path} is damaged or not a database ({problem}). Choose another backup; nothing was changed.</source>
        <translation>{path} 已损坏或不是数据库（{problem}）。请另选一个备份；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/db/backup.py" line="49"/>
        <source>{path} fails its integrity check ({problem}), so no backup was made of it. Restore the newest good backup.</source>
        <translation>{path} 未通过完整性检查（{problem}），因此没有为它做备份。请恢复最新的完好备份。</translation>
    </message>
    <message>
        <location filename="../../app/db/backup.py" line="56"/>
        <source>{path} is not a FloorQC database (it has no schema version). Choose a FloorQC backup; nothing was changed.</source>
        <translation>{path} 不是 FloorQC 数据库（没有结构版本）。请选择 FloorQC 的备份；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/db/backup.py" line="63"/>
        <source>{path} is open in FloorQC or another program. Close it everywhere and try again; nothing was changed.</source>
        <translation>{path} 正被 FloorQC 或其他程序打开。请在所有地方关闭它后重试；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/cli_backup.py" line="67"/>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <location filename="../../app/services/database_info.py" line="33"/>
        <source>&quot;{url}&quot; is not a PostgreSQL address. Write it as postgresql+psycopg://user:password@server/database.</source>
        <translation>“{url}”不是 PostgreSQL 地址。请按 postgresql+psycopg://用户名:密码@服务器/数据库 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../app/db/db_errors.py" line="109"/>
        <source>Someone else changed this record while you were saving — reload it and try again.</source>
        <translation>您保存时有其他人修改了这条记录，请重新载入后再试。</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="83"/>
        <source>FloorQC could not reach the database server {where} ({detail}). Check the server&apos;s name and port, the user name and password, and that the server accepts connections from this laptop (listen_addresses and pg_hba.conf).</source>
        <translation>FloorQC 无法连接数据库服务器 {where}（{detail}）。请检查服务器名称和端口、用户名和密码，以及服务器是否允许这台电脑连接（listen_addresses 和 pg_hba.conf）。</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="92"/>
        <source>The PostgreSQL driver is not installed. Install FloorQC with its postgres extra (pip install .[postgres]) and try again.</source>
        <translation>未安装 PostgreSQL 驱动。请安装带 postgres 扩展的 FloorQC（pip install .[postgres]）后重试。</translation>
    </message>
    <message>
        <location filename="../../app/db/engine.py" line="101"/>
        <source>A text is longer than the database keeps ({detail}). Shorten it and try again; nothing was saved.</source>
        <translation>有一段文字超出了数据库允许的长度（{detail}）。请缩短后重试；本次未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>gaps</name>
    <message>
        <location filename="../../app/services/gaps.py" line="29"/>
        <source>Guests&apos; expectation (E)</source>
        <translation>顾客期望（E）</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="30"/>
        <source>Guests&apos; perception (P)</source>
        <translation>顾客感知（P）</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="31"/>
        <source>Perception − expectation (P − E)</source>
        <translation>感知 − 期望（P − E）</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="32"/>
        <source>Managers&apos; idea of guests&apos; expectation</source>
        <translation>管理者认为的顾客期望</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="33"/>
        <source>Managers − guests</source>
        <translation>管理者 − 顾客</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="41"/>
        <source>Gap 1 · Knowledge</source>
        <translation>差距1 · 认知差距</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="42"/>
        <source>Gap 2 · Standards</source>
        <translation>差距2 · 标准差距</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="43"/>
        <source>Gap 3 · Delivery</source>
        <translation>差距3 · 传递差距</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="44"/>
        <source>Gap 4 · Promises</source>
        <translation>差距4 · 承诺差距</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="45"/>
        <source>Gap 5 · Service quality</source>
        <translation>差距5 · 服务质量差距</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="47"/>
        <source>scale points</source>
        <translation>量表分</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="48"/>
        <source>percentage points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="49"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="50"/>
        <source>Expectation E</source>
        <translation>期望 E</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="51"/>
        <source>Perception P</source>
        <translation>感知 P</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="52"/>
        <source>Gap P − E</source>
        <translation>差距 P − E</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="53"/>
        <source>Guest forms (n)</source>
        <translation>顾客问卷数（n）</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="54"/>
        <source>Item</source>
        <translation>题项</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="55"/>
        <source>Statement</source>
        <translation>题目内容</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="56"/>
        <source>Guests answering E and P (n)</source>
        <translation>同时回答 E 和 P 的顾客数（n）</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="57"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="58"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="59"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="60"/>
        <source>Dimensions with data</source>
        <translation>有数据的维度数</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="61"/>
        <source>Week from</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="62"/>
        <source>Week to</source>
        <translation>周截止日</translation>
    </message>
    <message>
        <location filename="../../app/services/gaps.py" line="63"/>
        <source>{gap}, overall ({unit})</source>
        <translation>{gap}，总体（{unit}）</translation>
    </message>
</context>
<context>
    <name>guest_forms</name>
    <message>
        <location filename="../../app/reports/flowchart.py" line="27"/>
        <source>Complaint received (phone, SMS, online or in person)</source>
        <translation>接到投诉（电话、短信、在线或当面）</translation>
    </message>
    <message>
        <location filename="../../app/reports/flowchart.py" line="29"/>
        <source>Apologise at once and promise an answer within {minutes} minutes</source>
        <translation>第一时间向顾客致歉，并承诺{minutes}分钟内回应</translation>
    </message>
    <message>
        <location filename="../../app/reports/flowchart.py" line="31"/>
        <source>Find out what happened and what the guest wants; record their contact and the complaint</source>
        <translation>了解详细情况和顾客要求，记录顾客联系方式和投诉内容</translation>
    </message>
    <message>
        <location filename="../../app/reports/flowchart.py" line="34"/>
        <source>Can it be resolved on the spot?</source>
        <translation>能否当场解决？</translation>
    </message>
    <message>
        <location filename="../../app/reports/flowchart.py" line="35"/>
        <source>Resolve it on the spot and record what was done</source>
        <translation>当场处理，并记录处理结果</translation>
    </message>
    <message>
        <location filename="../../app/reports/flowchart.py" line="37"/>
        <source>Hand over to the department concerned (the responsible person on duty)</source>
        <translation>转交相关部门处理（值班责任人）</translation>
    </message>
    <message>
        <location filename="../../app/reports/flowchart.py" line="39"/>
        <source>The department handles it and records the resolution and any compensation</source>
        <translation>部门处理，记录处理结果及补偿</translation>
    </message>
    <message>
        <location filename="../../app/reports/flowchart.py" line="42"/>
        <source>Does it reveal a quality defect?</source>
        <translation>是否暴露质量缺陷？</translation>
    </message>
    <message>
        <location filename="../../app/reports/flowchart.py" line="43"/>
        <source>Open a rectification order: the responsible person fixes it and a superior verifies the fix</source>
        <translation>开具整改单：责任人整改，上级验证</translation>
    </message>
    <message>
        <location filename="../../app/reports/flowchart.py" line="46"/>
        <source>Feed back to the guest and follow up on their satisfaction</source>
        <translation>反馈顾客，并回访满意度</translation>
    </message>
    <message>
        <location filename="../../app/reports/flowchart.py" line="48"/>
        <source>File the record; it counts in the gap analysis</source>
        <translation>归档，纳入差距分析</translation>
    </message>
    <message>
        <location filename="../../app/reports/flowchart.py" line="49"/>
        <source>{minutes}-minute clock: it starts when the complaint is received and stops at the first response. The time and who responded are recorded; later than {minutes} minutes counts as late.</source>
        <translation>{minutes}分钟时钟：接到投诉即开始计时，首次回应时停止；记录回应时间和回应人，超过{minutes}分钟即为超时。</translation>
    </message>
    <message>
        <location filename="../../app/reports/flowchart.py" line="53"/>
        <source>Measured every period: share answered within {minutes} minutes, median first response, time to resolve (service promises, gap 4).</source>
        <translation>每期统计：{minutes}分钟内回应率、首次回应时间中位数、处理用时（服务承诺，差距4）。</translation>
    </message>
    <message>
        <location filename="../../app/reports/flowchart.py" line="56"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/reports/flowchart.py" line="57"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="51"/>
        <source>Guest Service Feedback Form</source>
        <translation>客户服务意见表</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="52"/>
        <source>Dear guest, thank you for dining with us. Please tell us how we did: tick one box on each line and write anything you would like us to know, then hand this form to any member of staff.</source>
        <translation>尊敬的顾客：感谢您的光临！请告诉我们您的感受：每行勾选一项，并写下您希望我们知道的任何意见，填好后交给任意一位工作人员即可。</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="56"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="57"/>
        <source>Table / room</source>
        <translation>台号/包房</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="58"/>
        <source>Your name (optional)</source>
        <translation>您的姓名（选填）</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="59"/>
        <source>Phone or contact (optional)</source>
        <translation>联系电话（选填）</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="60"/>
        <source>How satisfied were you with…</source>
        <translation>您对以下各项是否满意</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="62"/>
        <source>Dishes (taste, temperature, presentation)</source>
        <translation>菜品（口味、温度、出品）</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="63"/>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="64"/>
        <source>Speed of service</source>
        <translation>服务速度</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="65"/>
        <source>Environment and hygiene</source>
        <translation>环境卫生</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="66"/>
        <source>Value for money</source>
        <translation>性价比</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="67"/>
        <source>Your visit overall</source>
        <translation>总体感受</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="69"/>
        <source>Comments on our dishes: which dish, what you liked or would change</source>
        <translation>菜品意见：哪道菜，您喜欢或希望改进的地方</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="71"/>
        <source>Suggestions for our service</source>
        <translation>对我们服务的意见和建议</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="72"/>
        <source>Anyone on our staff you would like to praise, and why</source>
        <translation>您想表扬的员工及原因</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="74"/>
        <source>May we contact you about your comments?</source>
        <translation>我们可以就您的意见与您联系吗？</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="75"/>
        <source>For staff use</source>
        <translation>以下由工作人员填写</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="76"/>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="77"/>
        <source>Passed to (department)</source>
        <translation>转交部门</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="78"/>
        <source>Entered on</source>
        <translation>录入日期</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="81"/>
        <source>Complaint Record Sheet</source>
        <translation>投诉处理记录表</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="82"/>
        <source>Receipt</source>
        <translation>投诉受理</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="83"/>
        <source>Complaint no.</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="84"/>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="85"/>
        <source>Channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="86"/>
        <source>Taken by</source>
        <translation>接待人</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="87"/>
        <source>Guest</source>
        <translation>顾客姓名</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="88"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="89"/>
        <source>Area / table</source>
        <translation>区域/台号</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="90"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="91"/>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="92"/>
        <source>SERVQUAL dimension</source>
        <translation>服务质量维度</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="93"/>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="94"/>
        <source>First response</source>
        <translation>首次回应</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="95"/>
        <source>Responded at</source>
        <translation>回应时间</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="96"/>
        <source>Responded by</source>
        <translation>回应人</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="97"/>
        <source>Response time (min:s)</source>
        <translation>回应用时（分:秒）</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="98"/>
        <source>Answered within {minutes} minutes</source>
        <translation>{minutes}分钟内回应</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="99"/>
        <source>Not answered yet</source>
        <translation>尚未回应</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="100"/>
        <source>Hand-over</source>
        <translation>转交处理</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="101"/>
        <source>Handed to department</source>
        <translation>转交部门</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="102"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="103"/>
        <source>Handed over at</source>
        <translation>转交时间</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="104"/>
        <source>Rectification no.</source>
        <translation>整改单号</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="105"/>
        <source>Handling</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="106"/>
        <source>Resolution</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="107"/>
        <source>Compensation</source>
        <translation>补偿措施</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="108"/>
        <source>Amount</source>
        <translation>补偿金额</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="109"/>
        <source>Resolved at</source>
        <translation>处理完成时间</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="110"/>
        <source>Feedback to the guest</source>
        <translation>反馈顾客</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="111"/>
        <source>What the guest was told</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="112"/>
        <source>Guest satisfaction</source>
        <translation>顾客满意度</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="113"/>
        <source>Signatures</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="114"/>
        <source>Received by (signature)</source>
        <translation>接待人签字</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="115"/>
        <source>Handled by (signature)</source>
        <translation>处理人签字</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="116"/>
        <source>Head of department (signature)</source>
        <translation>部门负责人签字</translation>
    </message>
    <message>
        <location filename="../../app/reports/guest_forms.py" line="119"/>
        <source>Complaint Handling Flowchart</source>
        <translation>投诉处理流程图</translation>
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
        <location filename="../../app/services/surveys.py" line="237"/>
        <location filename="../../app/services/roster_import.py" line="86"/>
        <location filename="../../app/services/promises.py" line="265"/>
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
        <location filename="../../app/services/staff_sheet.py" line="84"/>
        <source>Row {row}, column {column}: {reason}</source>
        <translation>第 {row} 行，“{column}”列：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="187"/>
        <location filename="../../app/services/roster_sheet.py" line="155"/>
        <location filename="../../app/services/roster_sheet.py" line="202"/>
        <location filename="../../app/services/staff_sheet.py" line="178"/>
        <source>this column repeats column {other}</source>
        <translation>该列与“{other}”列重复</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="161"/>
        <source>column title not understood; write it like 周一 11-23 早班</source>
        <translation>无法识别列标题；请写成“周一 11-23 早班”的格式</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="166"/>
        <source>unknown shift {shift}</source>
        <translation>没有班次 {shift}</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="178"/>
        <source>the column titles span more than one week; import one week at a time</source>
        <translation>列标题跨越了不止一周；请每次导入一周</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="182"/>
        <source>the week is not given; write it above the header like 周次 2026-W48</source>
        <translation>未写明周次；请在表头上方写“周次 2026-W48”</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="192"/>
        <source>this date is not in week {week}</source>
        <translation>该日期不在 {week} 周内</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="196"/>
        <source>{date} is a {weekday}, not {given}</source>
        <translation>{date} 是{weekday}，不是{given}</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="219"/>
        <source>week {value} does not exist</source>
        <translation>周次 {value} 不存在</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="225"/>
        <source>the file names two weeks, {first} and {second}</source>
        <translation>文件中写了两个周次：{first} 和 {second}</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="245"/>
        <source>this column has no title, so its cells cannot be placed</source>
        <translation>该列没有标题，无法确定其单元格属于哪一天哪个班次</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="193"/>
        <location filename="../../app/services/survey_io.py" line="206"/>
        <location filename="../../app/services/staff_sheet.py" line="184"/>
        <source>required column is missing</source>
        <translation>缺少必填列</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="249"/>
        <location filename="../../app/services/staff_sheet.py" line="208"/>
        <source>employee code is empty</source>
        <translation>工号为空</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_sheet.py" line="209"/>
        <source>name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_sheet.py" line="210"/>
        <source>post is empty</source>
        <translation>岗位为空</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="364"/>
        <location filename="../../app/services/staff_sheet.py" line="215"/>
        <source>too long (at most {limit} characters)</source>
        <translation>内容过长（最多 {limit} 个字符）</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_sheet.py" line="218"/>
        <source>nobody can be their own leader</source>
        <translation>员工不能是自己的上级</translation>
    </message>
    <message>
        <location filename="../../app/services/survey_io.py" line="235"/>
        <location filename="../../app/services/staff_sheet.py" line="223"/>
        <source>date {value} not understood; write it like 2024-03-01</source>
        <translation>无法识别日期“{value}”，请按 2024-03-01 的格式填写</translation>
    </message>
    <message>
        <location filename="../../app/services/staff_sheet.py" line="230"/>
        <source>write 是 or 否 (yes or no), not {value}</source>
        <translation>请填写“是”或“否”，而不是“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/services/roster_sheet.py" line="253"/>
        <location filename="../../app/services/staff_sheet.py" line="243"/>
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
        <location filename="../../app/services/checklists.py" line="182"/>
        <source>a checklist needs at least one item</source>
        <translation>检查表至少要有一个检查项</translation>
    </message>
    <message>
        <location filename="../../app/services/checklists.py" line="273"/>
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
        <location filename="../../app/domain/permissions.py" line="40"/>
        <source>view the organisation</source>
        <translation>查看组织架构</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="41"/>
        <source>change the organisation</source>
        <translation>修改组织架构</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="42"/>
        <source>import or export staff</source>
        <translation>导入或导出员工名单</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="43"/>
        <source>manage sign-ins and roles</source>
        <translation>管理登录账号和角色</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="44"/>
        <source>change rosters</source>
        <translation>修改排班</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="45"/>
        <source>confirm roster rule breaches</source>
        <translation>确认违反排班规则的修改</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="47"/>
        <source>mark attendance</source>
        <translation>登记考勤</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="48"/>
        <source>change checklists</source>
        <translation>修改检查表</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="49"/>
        <source>run patrols</source>
        <translation>执行巡查</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="50"/>
        <source>verify rectifications</source>
        <translation>验收整改</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="51"/>
        <source>see reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="52"/>
        <source>record and answer complaints and guest comments</source>
        <translation>登记和回应投诉及顾客意见</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="54"/>
        <source>hand over, resolve and route complaints and comments</source>
        <translation>转交、处理和分派投诉及意见</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="56"/>
        <source>enter guest surveys and promise outcomes</source>
        <translation>录入顾客问卷和服务承诺结果</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="58"/>
        <source>change the promise register and survey set-up</source>
        <translation>修改服务承诺和问卷设置</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="60"/>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
</context>
<context>
    <name>promises</name>
    <message>
        <location filename="../../app/domain/promises.py" line="8"/>
        <source>Entered or imported</source>
        <translation>录入或导入</translation>
    </message>
    <message>
        <location filename="../../app/domain/promises.py" line="9"/>
        <source>Taken from the complaint log</source>
        <translation>取自投诉记录</translation>
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
        <location filename="../../app/reports/roster_pdf.py" line="41"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="41"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="42"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="42"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="43"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="43"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="44"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="46"/>
        <source>Roster {week} ({first} — {last})</source>
        <translation>排班表 {week}（{first} — {last}）</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="47"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="48"/>
        <source>Published {date}</source>
        <translation>已发布 {date}</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="49"/>
        <location filename="../../app/reports/monthly_pdf.py" line="87"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="50"/>
        <location filename="../../app/reports/shift_pdf.py" line="72"/>
        <location filename="../../app/reports/monthly_pdf.py" line="88"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="51"/>
        <source>No department</source>
        <translation>未分部门</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="52"/>
        <source>from {post}</source>
        <translation>原岗：{post}</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="53"/>
        <source>Each cell: post, then area. ※ shaded: redeployed from another post (抽调顶岗).</source>
        <translation>单元格：岗位，下行为区域。※ 底色标出：抽调顶岗（注明原岗位）。</translation>
    </message>
    <message>
        <location filename="../../app/reports/roster_pdf.py" line="55"/>
        <source>Generated {at}</source>
        <translation>生成于 {at}</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_layout.py" line="73"/>
        <source>Generated {at} by {user}</source>
        <translation>由 {user} 于 {at} 生成</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_layout.py" line="74"/>
        <source>audit chain head {hash}…</source>
        <translation>审计链头 {hash}…</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_layout.py" line="75"/>
        <source>audit chain empty</source>
        <translation>审计链为空</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_layout.py" line="76"/>
        <location filename="../../app/reports/roster_pdf.py" line="56"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_layout.py" line="77"/>
        <source>— no data</source>
        <translation>— 表示无数据</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_layout.py" line="78"/>
        <location filename="../../app/reports/daily_pdf.py" line="92"/>
        <location filename="../../app/reports/monthly_pdf.py" line="92"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_layout.py" line="79"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../app/services/report_monthly.py" line="32"/>
        <source>Monthly accountability report</source>
        <translation>月度考核报告</translation>
    </message>
    <message>
        <location filename="../../app/services/report_shift.py" line="72"/>
        <source>Shift report</source>
        <translation>交班报告</translation>
    </message>
    <message>
        <location filename="../../app/services/report_daily.py" line="40"/>
        <source>Daily quality report</source>
        <translation>质量日报</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="46"/>
        <location filename="../../app/reports/shift_pdf.py" line="59"/>
        <source>Patrols done / due</source>
        <translation>巡检完成 / 应检</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="47"/>
        <source>Rounds submitted</source>
        <translation>提交巡检次数</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="48"/>
        <location filename="../../app/reports/shift_pdf.py" line="60"/>
        <source>Average score</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="49"/>
        <source>Failed checklist items</source>
        <translation>检查项不合格率</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="50"/>
        <source>Rectifications opened / verified</source>
        <translation>整改新开 / 验收</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="51"/>
        <source>Verified on time</source>
        <translation>按时验收率</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="52"/>
        <source>Overdue now</source>
        <translation>当前逾期整改</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="53"/>
        <location filename="../../app/reports/shift_pdf.py" line="66"/>
        <location filename="../../app/reports/shift_pdf.py" line="130"/>
        <location filename="../../app/reports/monthly_pdf.py" line="56"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="54"/>
        <location filename="../../app/reports/shift_pdf.py" line="67"/>
        <source>Answered within {minutes} min</source>
        <translation>{minutes} 分钟内响应</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="55"/>
        <source>7 d {week} · 30 d {month}</source>
        <translation>近7天 {week} · 近30天 {month}</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="56"/>
        <source>The day against the previous 7 and 30 days</source>
        <translation>当日与前7天、前30天对比</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="57"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="58"/>
        <source>Previous 7 days</source>
        <translation>前7天</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="59"/>
        <source>Previous 30 days</source>
        <translation>前30天</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="60"/>
        <source>Pass rate: {dimension}</source>
        <translation>合格率：{dimension}</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="61"/>
        <source>Counts for the 7 and 30 days are averages per day; scores and rates are over the whole window. Patrols due: the patrol plan&apos;s leader, supervisor and manager windows in every area.</source>
        <translation>前7天和前30天的数量为日均值；得分和比率按整个时段计算。应检巡检：巡检计划中各区域领班、主管和经理的巡检时段。</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="65"/>
        <source>Pass rate per SERVQUAL dimension</source>
        <translation>各服务质量维度（SERVQUAL）合格率</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="66"/>
        <source>The day</source>
        <translation>当日</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="67"/>
        <source>Defects by finding category (Pareto), {period}</source>
        <translation>问题类别排列图（帕累托），{period}</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="68"/>
        <location filename="../../app/reports/shift_pdf.py" line="62"/>
        <location filename="../../app/reports/monthly_pdf.py" line="51"/>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="69"/>
        <source>Cumulative %</source>
        <translation>累计 %</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="70"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="71"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="72"/>
        <source>No category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="73"/>
        <source>Each finding counts once under its category (for patrol findings, the category of the failed checklist item). The vital few, together 80%: {categories}.</source>
        <translation>每个问题按其类别计一次（巡检问题取不合格检查项的类别）。合计占 80% 的关键少数：{categories}。</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="77"/>
        <source>No findings in this period.</source>
        <translation>本时段没有发现问题。</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="78"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="79"/>
        <source>Daily rate of failed checklist items (p-chart), {period}</source>
        <translation>每日检查项不合格率控制图（p 图），{period}</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="81"/>
        <source>Daily rate</source>
        <translation>每日不合格率</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="82"/>
        <source>Centre line</source>
        <translation>中心线</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="83"/>
        <source>Control limits (3σ)</source>
        <translation>控制限（3σ）</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="84"/>
        <source>Out of control</source>
        <translation>失控点</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="85"/>
        <source>n = scored item results of the day&apos;s submitted rounds, d = failed ones. Centre line p = {centre} ({failed} of {units}); the limits p ± 3√(p(1−p)/n) change with each day&apos;s n. ①–④: the Western Electric rule a point breaks (① beyond 3σ, ② two of three beyond 2σ, ③ four of five beyond 1σ, ④ eight on one side).</source>
        <translation>n = 当日已提交巡检中计分的检查项结果数，d = 其中不合格数。中心线 p = {centre}（{units} 项中 {failed} 项不合格）；控制限 p ± 3√(p(1−p)/n) 随每日 n 变化。①–④：该点违反的西电判异规则（① 超出 3σ，② 连续三点中两点超出 2σ，③ 连续五点中四点超出 1σ，④ 连续八点在中心线同侧）。</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="91"/>
        <source>Every day is within the control limits.</source>
        <translation>每日均在控制限内。</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="93"/>
        <source>Items (n)</source>
        <translation>检查项 (n)</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="94"/>
        <source>Failed (d)</source>
        <translation>不合格 (d)</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="95"/>
        <source>UCL</source>
        <translation>上控制限</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="96"/>
        <source>LCL</source>
        <translation>下控制限</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="97"/>
        <source>Rules broken</source>
        <translation>违反规则</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="98"/>
        <source>Area ranking, {period}</source>
        <translation>区域排名，{period}</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="99"/>
        <source>Team ranking, {period}</source>
        <translation>班组排名，{period}</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="100"/>
        <source>Best first by average score, then fewer findings. Teams: rounds in the areas they are responsible for, findings owned by their members, overdue items assigned to them now.</source>
        <translation>按平均得分从高到低排列，得分相同者问题少者在前。班组：其负责区域的巡检、责任到组员的问题、当前指派给组员的逾期整改。</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="104"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="105"/>
        <location filename="../../app/reports/shift_pdf.py" line="74"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="106"/>
        <location filename="../../app/reports/shift_pdf.py" line="71"/>
        <location filename="../../app/reports/monthly_pdf.py" line="64"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="107"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="108"/>
        <source>No areas.</source>
        <translation>没有区域。</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="109"/>
        <source>No teams.</source>
        <translation>没有班组。</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="110"/>
        <source>Recurring problems, {period}</source>
        <translation>重复发生的问题，{period}</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="111"/>
        <location filename="../../app/reports/shift_pdf.py" line="115"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="112"/>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="113"/>
        <source>Linked recurrences</source>
        <translation>关联复发</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="114"/>
        <source>Last found</source>
        <translation>最近发现</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="115"/>
        <source>The same checklist item (or the same ad-hoc description) failing more than once in the same area; linked recurrences are rectifications opened as a repeat of an earlier one.</source>
        <translation>同一区域同一检查项（或相同的临时问题描述）多次不合格；关联复发指作为前次问题复发而开立的整改。</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="119"/>
        <source>No problem was found twice in the same area.</source>
        <translation>同一区域没有重复发生的问题。</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="120"/>
        <source>Overdue rectifications and who answers for them (as at {moment})</source>
        <translation>逾期整改及责任人（截至 {moment}）</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="122"/>
        <location filename="../../app/reports/shift_pdf.py" line="104"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="123"/>
        <location filename="../../app/reports/shift_pdf.py" line="116"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="124"/>
        <source>Overdue (h)</source>
        <translation>逾期（小时）</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="125"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="126"/>
        <source>Escalated</source>
        <translation>升级层数</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="127"/>
        <source>Leaders above</source>
        <translation>上级领导</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="128"/>
        <source>Owner: the person responsible (责任人); leaders above them nearest first, ▲ marking who answers for the item now after escalation. Escalated: levels moved up. Items waiting for verification are not counted as overdue.</source>
        <translation>责任人：整改的责任人；上级领导由近及远排列，▲ 表示升级后当前负责的人。升级层数：已向上升级的层数。待验收的整改不计为逾期。</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="132"/>
        <source>Nothing is overdue.</source>
        <translation>没有逾期整改。</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="133"/>
        <source>The five service-quality gaps, {period}</source>
        <translation>服务质量五大差距，{period}</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="134"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="135"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="136"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="137"/>
        <source>scale points</source>
        <translation>量表分</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="138"/>
        <source>percentage points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="139"/>
        <source>Gap 1 management&apos;s view</source>
        <translation>差距1 管理者认知</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="140"/>
        <source>Gap 2 standards</source>
        <translation>差距2 服务标准</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="141"/>
        <source>Gap 3 delivery</source>
        <translation>差距3 服务交付</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="142"/>
        <source>Gap 4 promises</source>
        <translation>差距4 服务承诺</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="143"/>
        <source>Gap 5 perception − expectation</source>
        <translation>差距5 感知 − 期望</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="144"/>
        <source>Each gap against its own zero line: gaps 1 and 5 in scale points (−6…+6), gaps 2–4 in percentage points (−100…0); below zero is a shortfall.</source>
        <translation>各差距以各自的零线为基准：差距1和5以量表分计（−6…+6），差距2–4以百分点计（−100…0）；低于零表示不足。</translation>
    </message>
    <message>
        <location filename="../../app/reports/daily_pdf.py" line="148"/>
        <source>The five gaps are not available.</source>
        <translation>五大差距暂无法计算。</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="55"/>
        <source>On duty / rostered</source>
        <translation>到岗 / 排班</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="56"/>
        <source>{redeployed} redeployed · {away} absent or on leave</source>
        <translation>抽调 {redeployed} 人 · 缺勤或请假 {away} 人</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="57"/>
        <location filename="../../app/reports/shift_pdf.py" line="82"/>
        <source>Uncovered posts</source>
        <translation>缺岗岗位</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="58"/>
        <source>{people} people short</source>
        <translation>缺 {people} 人</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="61"/>
        <source>{rounds} rounds submitted</source>
        <translation>已提交 {rounds} 轮</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="63"/>
        <source>{count} with photos</source>
        <translation>{count} 条有照片</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="64"/>
        <source>Rectifications opened / closed</source>
        <translation>整改 新开 / 关闭</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="65"/>
        <location filename="../../app/reports/shift_pdf.py" line="113"/>
        <source>Overdue at hand-over</source>
        <translation>交班时超期</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="68"/>
        <source>Shift {shift}: {begin} – {end}. States are as at {as_of}.</source>
        <translation>班次 {shift}：{begin} – {end}。状态以 {as_of} 为准。</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="70"/>
        <source>Who was on duty</source>
        <translation>当班人员</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="73"/>
        <location filename="../../app/reports/monthly_pdf.py" line="89"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="75"/>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="76"/>
        <source>Late {minutes} min</source>
        <translation>迟到 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="77"/>
        <source>Redeployed (抽调顶岗)</source>
        <translation>抽调顶岗</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="78"/>
        <source>{source} → {target}, approved by {approver}</source>
        <translation>{source} → {target}，批准人 {approver}</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="79"/>
        <source>Nobody was rostered for this shift.</source>
        <translation>本班次没有排班。</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="80"/>
        <source>Attendance “—”: not recorded. Rows tinted red: absent or on leave.</source>
        <translation>考勤“—”：未登记。红底行：缺勤或请假。</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="83"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="84"/>
        <source>Required</source>
        <translation>定编</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="85"/>
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="86"/>
        <source>Short</source>
        <translation>缺员</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="87"/>
        <source>Every post had the head-count it needs.</source>
        <translation>各岗位均按定编到岗。</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="88"/>
        <source>Patrols done against the plan</source>
        <translation>巡检计划完成情况</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="89"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="90"/>
        <source>Done / due</source>
        <translation>完成 / 应检</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="91"/>
        <location filename="../../app/reports/monthly_pdf.py" line="68"/>
        <source>Rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="92"/>
        <source>Lowest</source>
        <translation>最低分</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="93"/>
        <source>Critical failed</source>
        <translation>关键项不合格</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="94"/>
        <source>No patrol was due and none was held.</source>
        <translation>本班次无应检巡检，也没有巡检记录。</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="95"/>
        <source>Due: the patrol plan&apos;s windows in this shift (team leader and supervisor windows of the shift, manager windows of the day opening in it); done: windows in which a round of that level was submitted; “—”: none due. Rounds, scores and critical failures count every level, self-checks and external audits included. Rows tinted red: a window missed.</source>
        <translation>应检：巡检计划在本班次的时段（本班次的组长检查和主管巡查时段，以及在本班次内开始的经理督查时段）；完成：该层级在该时段内提交了巡检的时段数；“—”：无应检。轮次、得分和关键项不合格统计所有层级，含员工自检和外部检查。红底行：有时段漏检。</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="101"/>
        <source>Findings of the shift</source>
        <translation>本班次发现的问题</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="102"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="103"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="105"/>
        <source>Responsible / leader</source>
        <translation>责任人 / 领导</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="106"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="107"/>
        <source>+{count} more</source>
        <translation>另有 {count} 张</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="108"/>
        <source>No findings in this shift.</source>
        <translation>本班次没有发现问题。</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="109"/>
        <source>found by {user}</source>
        <translation>发现人 {user}</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="110"/>
        <source>Rectifications</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="111"/>
        <source>Opened in this shift</source>
        <translation>本班次新开</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="112"/>
        <source>Closed in this shift</source>
        <translation>本班次关闭</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="114"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="117"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="118"/>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="119"/>
        <location filename="../../app/reports/monthly_pdf.py" line="72"/>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="120"/>
        <location filename="../../app/reports/monthly_pdf.py" line="73"/>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="121"/>
        <source>Assignee</source>
        <translation>整改人</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="122"/>
        <source>Answers for it now</source>
        <translation>当前责任人</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="123"/>
        <source>None was opened.</source>
        <translation>没有新开整改。</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="124"/>
        <source>None was closed.</source>
        <translation>没有关闭的整改。</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="125"/>
        <source>Nothing was overdue.</source>
        <translation>没有超期整改。</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="126"/>
        <source>Closed on time: verified at or before the due time. Overdue: past due and neither closed nor waiting for verification, whenever it was opened. Answers for it now: the assignee, or the leader above after escalation.</source>
        <translation>按时关闭：在期限前（含）验证通过。超期：已过期限、既未关闭也未等待验证，不论何时开出。当前责任人：整改人，升级后为其上级。</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="131"/>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="132"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="133"/>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="134"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="135"/>
        <source>Within {minutes} min</source>
        <translation>{minutes} 分钟内</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="136"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="137"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="138"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="139"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="140"/>
        <source>table {table}</source>
        <translation>{table} 号台</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="141"/>
        <source>No complaints in this shift.</source>
        <translation>本班次没有投诉。</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="142"/>
        <source>{count} complaints; answered within {minutes} min: {share}; median first response {median}; {waiting} still unanswered.</source>
        <translation>投诉 {count} 起；{minutes} 分钟内响应：{share}；首次响应中位数 {median}；尚未响应 {waiting} 起。</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="145"/>
        <source>Hand-over</source>
        <translation>交接签字</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="146"/>
        <source>Signed on hand-over: the figures above were checked and the open items passed on to the next shift.</source>
        <translation>交班签字：以上数据已核对，未完成事项已移交下一班次。</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="149"/>
        <source>Inspector on duty</source>
        <translation>值班质检员</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="150"/>
        <source>Shift leader</source>
        <translation>当班领班</translation>
    </message>
    <message>
        <location filename="../../app/reports/shift_pdf.py" line="151"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="45"/>
        <source>{month}: figures per team and per person. Rectification states are as at {as_of}. Teams are today&apos;s teams.</source>
        <translation>{month}：按班组和个人统计。整改状态以 {as_of} 为准。班组按当前编组。</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="48"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="49"/>
        <location filename="../../app/reports/monthly_pdf.py" line="62"/>
        <source>Average area score</source>
        <translation>所在区域平均得分</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="50"/>
        <source>{rounds} rounds where they stood</source>
        <translation>所在区域巡检 {rounds} 轮</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="52"/>
        <source>{count} critical</source>
        <translation>其中严重 {count} 条</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="53"/>
        <source>Rectified on time</source>
        <translation>按时整改率</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="54"/>
        <source>{on_time} of {verified} verified</source>
        <translation>已验证 {verified} 条中按时 {on_time} 条</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="55"/>
        <source>Still open / overdue</source>
        <translation>未关闭 / 超期</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="57"/>
        <source>Accountability records</source>
        <translation>问责记录</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="58"/>
        <source>¥{amount} financial responsibility</source>
        <translation>经济处罚 ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="59"/>
        <source>Inspectors contradicted</source>
        <translation>被上级否定的质检员</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="60"/>
        <source>of {count} inspectors</source>
        <translation>共 {count} 名质检员</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="61"/>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="63"/>
        <source>Rectified on time (%)</source>
        <translation>按时整改率（%）</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="65"/>
        <source>No team</source>
        <translation>无班组</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="66"/>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="67"/>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="69"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="70"/>
        <source>Findings (critical)</source>
        <translation>问题（严重）</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="71"/>
        <source>Rectif.</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="74"/>
        <source>Open (overdue)</source>
        <translation>未关闭（超期）</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="75"/>
        <source>On time %</source>
        <translation>按时率</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="76"/>
        <source>Compl.</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="77"/>
        <source>Records</source>
        <translation>问责</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="78"/>
        <source>Nobody stood a shift or had a record this month.</source>
        <translation>本月没有人当班，也没有任何记录。</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="79"/>
        <source>Shifts: shifts stood in an area. Rounds and score: the submitted patrol rounds held in the areas and shifts where the people stood (a team counts each round once). Findings: attributed to the person (责任人). Rectif.: assigned to them and opened this month; on time = verified by the due time; open (overdue) = not yet verified or cancelled (of which past due). Compl.: complaints handed to them. Records: accountability records.</source>
        <translation>班次：在区域当班的班次数。轮次和得分：其当班区域、班次内提交的巡检（班组每轮只计一次）。问题：责任人为本人的问题。整改：本月开出、由本人整改的整改单；按时 = 在期限前验证通过；未关闭（超期）= 尚未验证或取消（括号内为已过期限）。投诉：移交本人处理的投诉。问责：问责记录（违规处理）。</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="86"/>
        <source>People, team by team</source>
        <translation>人员（按班组）</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="90"/>
        <source>{team} — leader {leader}</source>
        <translation>{team} — 组长 {leader}</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="91"/>
        <source>Accountability records (违规处理)</source>
        <translation>问责记录（违规处理）</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="93"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="94"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="95"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="96"/>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="97"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="98"/>
        <source>Linked</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="99"/>
        <source>finding #{id}</source>
        <translation>问题 #{id}</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="100"/>
        <source>rectification #{id}</source>
        <translation>整改 #{id}</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="101"/>
        <source>No accountability record this month.</source>
        <translation>本月没有问责记录。</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="102"/>
        <source>Inspectors: disagreement with higher layers</source>
        <translation>质检员：被上级层级否定的情况</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="103"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="104"/>
        <source>Mean score given</source>
        <translation>平均给分</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="105"/>
        <source>Rounds contradicted</source>
        <translation>被否定轮次</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="106"/>
        <source>Items</source>
        <translation>项数</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="107"/>
        <source>Disagreement rate</source>
        <translation>不一致率</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="108"/>
        <source>No patrol round was submitted this month.</source>
        <translation>本月没有提交巡检。</translation>
    </message>
    <message>
        <location filename="../../app/reports/monthly_pdf.py" line="109"/>
        <source>Disagreement rate: the share of the inspector&apos;s submitted rounds in which a higher layer, in the same area and shift, failed an item they had passed (层层质检). Items: the items so contradicted. Rows tinted red: a rate above {alert}%.</source>
        <translation>不一致率：质检员提交的巡检中，被上级层级在同一区域、同一班次判为不合格、而其本人判为合格的轮次所占比例（层层质检）。项数：被否定的检查项数。红底行：不一致率高于 {alert}%。</translation>
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
        <location filename="../../app/domain/permissions.py" line="64"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="65"/>
        <source>HR</source>
        <translation>人事</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="66"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="67"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="68"/>
        <source>Team leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../app/domain/permissions.py" line="69"/>
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
    <name>servqual</name>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="14"/>
        <source>Tangibles</source>
        <translation>有形性</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="15"/>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="16"/>
        <source>Responsiveness</source>
        <translation>响应性</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="17"/>
        <source>Assurance</source>
        <translation>保证性</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="18"/>
        <source>Empathy</source>
        <translation>移情性</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="22"/>
        <source>The restaurant has modern, well-kept equipment and tableware.</source>
        <translation>餐厅拥有现代化、保养良好的设备和餐具。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="24"/>
        <source>The dining rooms are visually appealing.</source>
        <translation>餐厅的用餐环境美观宜人。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="25"/>
        <source>Staff are neat and tidy in appearance.</source>
        <translation>员工衣着整洁、仪表得体。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="26"/>
        <source>Menus, signs and other materials are attractive and clear.</source>
        <translation>菜单、标识等资料美观、清楚。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="28"/>
        <source>When the restaurant promises to do something by a certain time, it does so.</source>
        <translation>餐厅承诺在某个时间前做到的事，都能按时做到。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="30"/>
        <source>When a guest has a problem, staff show a sincere interest in solving it.</source>
        <translation>顾客遇到问题时，员工真诚地设法解决。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="32"/>
        <source>The service is right the first time.</source>
        <translation>服务一次就做对。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="33"/>
        <source>Dishes and services come at the time promised.</source>
        <translation>菜品和服务都在承诺的时间送到。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="34"/>
        <source>Orders and bills are free of errors.</source>
        <translation>点单和账单准确无误。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="35"/>
        <source>Staff tell guests exactly when things will be done.</source>
        <translation>员工会明确告诉顾客事情何时办好。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="36"/>
        <source>Staff give prompt service.</source>
        <translation>员工提供迅速的服务。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="37"/>
        <source>Staff are always willing to help.</source>
        <translation>员工总是乐于帮助顾客。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="38"/>
        <source>Staff are never too busy to respond to a request.</source>
        <translation>员工从不因太忙而不回应顾客的要求。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="39"/>
        <source>The behaviour of staff instils confidence.</source>
        <translation>员工的言行举止让人信赖。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="40"/>
        <source>Guests feel safe with the food and when paying.</source>
        <translation>顾客对食品安全和结账付款感到放心。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="41"/>
        <source>Staff are consistently courteous.</source>
        <translation>员工始终彬彬有礼。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="42"/>
        <source>Staff know enough to answer questions about dishes and ingredients.</source>
        <translation>员工有足够的知识解答菜品和食材的问题。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="44"/>
        <source>The restaurant gives each guest individual attention.</source>
        <translation>餐厅给予每位顾客个别的关注。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="45"/>
        <source>Opening hours suit all its guests.</source>
        <translation>营业时间方便所有顾客。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="46"/>
        <source>Staff give guests personal care.</source>
        <translation>员工给予顾客个性化的关怀。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="47"/>
        <source>The restaurant has its guests&apos; best interests at heart.</source>
        <translation>餐厅真心以顾客的利益为重。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="48"/>
        <source>Staff understand the specific needs of their guests.</source>
        <translation>员工了解顾客的具体需求。</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="51"/>
        <source>1 = strongly disagree … 7 = strongly agree</source>
        <translation>1 = 非常不同意 … 7 = 非常同意</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="52"/>
        <source>An excellent restaurant …</source>
        <translation>一家优秀的餐厅……</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="53"/>
        <source>This restaurant …</source>
        <translation>本餐厅……</translation>
    </message>
    <message>
        <location filename="../../app/domain/servqual_instrument.py" line="54"/>
        <source>Answer as you believe our guests expect</source>
        <translation>请按您认为顾客的期望作答</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../app/services/settings.py" line="33"/>
        <source>Failed sign-ins before the account locks</source>
        <translation>账号锁定前允许的登录失败次数</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="35"/>
        <source>Minutes an account stays locked</source>
        <translation>账号锁定时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="37"/>
        <source>Default span of one-leads-three</source>
        <translation>默认管理幅度（一拖三）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="39"/>
        <source>Minimum rest between shifts (hours)</source>
        <translation>班次间最短休息时间（小时）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="41"/>
        <source>Maximum working hours per week</source>
        <translation>每周最长工作时间（小时）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="43"/>
        <source>Team leader check every (hours, from shift opening)</source>
        <translation>组长检查间隔（小时，自开班起）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="46"/>
        <source>Supervisor patrols per shift</source>
        <translation>主管每班巡查次数</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="48"/>
        <source>Manager audits per day</source>
        <translation>经理每日督查次数</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="50"/>
        <source>Minutes before a due patrol is overdue</source>
        <translation>待巡查超过多少分钟算逾期</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="52"/>
        <source>Minutes to fix a critical finding</source>
        <translation>严重问题整改时限（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="54"/>
        <source>Hours to fix a minor finding</source>
        <translation>轻微问题整改时限（小时）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="56"/>
        <source>Hours to fix a major finding outside any shift</source>
        <translation>班次外较重问题整改时限（小时）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="59"/>
        <source>Minutes overdue before each escalation step</source>
        <translation>每级升级前的超时时间（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="62"/>
        <source>Days within which a repeat counts as recurrence</source>
        <translation>重复发生的认定天数</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="65"/>
        <source>Minutes to give a complaint its first response</source>
        <translation>投诉首次回应时限（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="69"/>
        <source>Reverse-scored SERVQUAL items</source>
        <translation>SERVQUAL 反向计分题</translation>
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
