<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SellerDesk</source>
        <translation>SellerDesk</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>The backup %1 was restored.</source>
        <translation>已恢复备份 %1。</translation>
    </message>
    <message>
        <source>The workspace as it was before is kept as the backup %1.</source>
        <translation>恢复前的工作区已保存为备份 %1。</translation>
    </message>
    <message>
        <source>The damaged workspace is kept as %1.</source>
        <translation>损坏的工作区已保留为 %1。</translation>
    </message>
    <message>
        <source>Looking for a healthy backup…</source>
        <translation>正在查找完好的备份…</translation>
    </message>
    <message>
        <source>No healthy backup was found.</source>
        <translation>没有找到完好的备份。</translation>
    </message>
    <message>
        <source>The workspace is damaged and was not opened.</source>
        <translation>工作区已损坏，未打开。</translation>
    </message>
    <message>
        <source>SellerDesk can restore the newest healthy backup, written %1 (%2). The damaged workspace is kept next to it under another name. What was recorded after the backup was written is not in it.</source>
        <translation>SellerDesk 可以恢复最新的完好备份（写于 %1，%2）。损坏的工作区会以另一个名称保留在旁边。备份写入之后记录的内容不在其中。</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
</context>
<context>
    <name>sd::AttachmentStore</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开：%2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>%1 is %2; files up to %3 can be attached (a setting)</source>
        <translation>%1 大小为 %2；只能附加不超过 %3 的文件（可在设置中调整）</translation>
    </message>
    <message>
        <source>%1 is not an image or a PDF (it looks like %2)</source>
        <translation>%1 不是图片或 PDF（看起来是 %2）</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 无法读取：%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot store %1 in %2: %3</source>
        <translation>无法将 %1 保存到 %2：%3</translation>
    </message>
    <message>
        <source>%1 is already attached</source>
        <translation>%1 已附加过</translation>
    </message>
    <message>
        <source>%1 is not a readable image: %2</source>
        <translation>%1 不是可读取的图片：%2</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; images up to %4 megapixels can be attached</source>
        <translation>%1 为 %2 × %3 像素；只能附加不超过 %4 百万像素的图片</translation>
    </message>
</context>
<context>
    <name>sd::AuditLog</name>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
</context>
<context>
    <name>sd::BackupCatalog</name>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Before update</source>
        <translation>更新前</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 文件不存在</translation>
    </message>
    <message>
        <source>%1 is not a SellerDesk workspace (not an SQLite database)</source>
        <translation>%1 不是 SellerDesk 工作区（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2)</source>
        <translation>%1 已损坏（完整性检查：%2）</translation>
    </message>
    <message>
        <source>%1 is not a SellerDesk workspace</source>
        <translation>%1 不是 SellerDesk 工作区</translation>
    </message>
    <message>
        <source>%1 was written by a newer SellerDesk (schema version %2; this version knows up to %3)</source>
        <translation>%1 由更新版本的 SellerDesk 写入（架构版本 %2；本版本最高支持 %3）</translation>
    </message>
    <message>
        <source>The newest backup is %1, written %2; restore it in SellerDesk or with &quot;sellerdesk-cli restore FILE&quot;.</source>
        <translation>最新的备份是 %1，写于 %2；可在 SellerDesk 中或用 &quot;sellerdesk-cli restore FILE&quot; 恢复。</translation>
    </message>
    <message>
        <source>There is no backup in %1.</source>
        <translation>%1 中没有备份。</translation>
    </message>
    <message>
        <source>the daily backup %1 was not written: %2</source>
        <translation>未能写入每日备份 %1：%2</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose a backup</source>
        <translation>%1 是工作区本身；请选择一个备份</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>%1 is open in SellerDesk, sellerdesk-cli or another program (a window, a process, a scheduled job). Close it and try again; nothing was changed.</source>
        <translation>%1 正被 SellerDesk、sellerdesk-cli 或其他程序（窗口、进程、计划任务）打开。请关闭后重试；未做任何更改。</translation>
    </message>
    <message>
        <source>%1: the backup of the current workspace could not be written, so nothing was restored: %2</source>
        <translation>%1：无法写入当前工作区的备份，因此未恢复任何内容：%2</translation>
    </message>
    <message>
        <source>%1 could not be copied into place, so nothing was restored: %2</source>
        <translation>无法将 %1 复制到位，因此未恢复任何内容：%2</translation>
    </message>
    <message>
        <source>%1 could not be copied into place, so nothing was restored</source>
        <translation>无法将 %1 复制到位，因此未恢复任何内容</translation>
    </message>
    <message>
        <source>%1 could not be prepared for the restore; nothing was restored, and the current workspace was also saved as %2</source>
        <translation>无法为恢复准备 %1；未恢复任何内容，当前工作区另已保存为 %2</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2. Nothing was restored; the workspace is unchanged and was also saved as %3</source>
        <translation>无法替换 %1：%2。未恢复任何内容；工作区保持不变，并另已保存为 %3</translation>
    </message>
    <message>
        <source>%1 could not be moved aside to %2; nothing was restored</source>
        <translation>无法将 %1 移到 %2；未恢复任何内容</translation>
    </message>
    <message>
        <source>The backup could not be put in place at %1 (a new workspace was created there meanwhile?); the backup %2 is unchanged</source>
        <translation>无法把备份放到 %1（期间那里是否新建了工作区？）；备份 %2 保持不变</translation>
    </message>
    <message>
        <source>The backup could not be put in place at %1 (a new workspace was created there meanwhile?); the backup %2 is unchanged and the damaged workspace is kept as %3</source>
        <translation>无法把备份放到 %1（期间那里是否新建了工作区？）；备份 %2 保持不变，损坏的工作区已保留为 %3</translation>
    </message>
</context>
<context>
    <name>sd::BatchCalculator</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: the header needs a product_id column and a price or supply_price column (found: %2)</source>
        <translation>%1：表头需要 product_id 列，以及 price 或 supply_price 列（现有：%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the product id is empty</source>
        <translation>商品ID为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as USD</source>
        <translation>“%1”不是币种代码（如 USD）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an amount of 0 or more in %2 was expected</source>
        <translation>“%1”：应为以 %2 计、不小于 0 的金额</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a percentage from 0 to 100 such as 8 or 12.5 was expected</source>
        <translation>“%1”：应为 0 到 100 之间的百分比，如 8 或 12.5</translation>
    </message>
    <message>
        <source>a price or a supply price is needed</source>
        <translation>需要售价或供货价</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a whole number of 1 or more was expected</source>
        <translation>“%1”：应为不小于 1 的整数</translation>
    </message>
    <message numerus="yes">
        <source>%1: not read, %n cell(s) have problems; nothing was calculated</source>
        <translation>
            <numerusform>%1：未读取，%n 个单元格有问题；未做任何计算</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: write a .csv or .xlsx file</source>
        <translation>%1：请写入 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
</context>
<context>
    <name>sd::CaseImporter</name>
    <message>
        <source>the refund is more than refund_money_max</source>
        <translation>退款金额超过 refund_money_max</translation>
    </message>
    <message>
        <source>a dispute still in progress has no outcome yet</source>
        <translation>纠纷仍在处理中，尚无结果</translation>
    </message>
    <message>
        <source>the proposal is more than refund_money_max</source>
        <translation>方案金额超过 refund_money_max</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>Updated from %1: %2</source>
        <translation>从 %1 更新：%2</translation>
    </message>
    <message>
        <source>the defence deadline is before the chargeback was filed</source>
        <translation>抗辩截止时间早于拒付发起时间</translation>
    </message>
    <message>
        <source>more is recovered than was frozen</source>
        <translation>追回金额超过冻结金额</translation>
    </message>
    <message>
        <source>a payout cannot be negative</source>
        <translation>放款金额不能为负数</translation>
    </message>
</context>
<context>
    <name>sd::CaseMetrics</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Dispute rate = disputes opened in the last %1 days ÷ orders shipped in the same days</source>
        <translation>纠纷率 = 最近 %1 天内发起的纠纷数 ÷ 同期发货订单数</translation>
    </message>
    <message>
        <source>Arbitration rate = disputes escalated to the platform in the last %1 days ÷ orders shipped in the same days</source>
        <translation>仲裁率 = 最近 %1 天内升级至平台的纠纷数 ÷ 同期发货订单数</translation>
    </message>
    <message>
        <source>Seller-responsibility rate = disputes closed at the seller&apos;s cost (lost, or refunded by the seller) in the last %1 days ÷ orders shipped in the same days</source>
        <translation>卖家责任率 = 最近 %1 天内由卖家承担损失而关闭的纠纷数（败诉或卖家退款）÷ 同期发货订单数</translation>
    </message>
</context>
<context>
    <name>sd::CasesTableModel</name>
    <message>
        <source>With the platform</source>
        <translation>平台处理中</translation>
    </message>
    <message>
        <source>Defence submitted</source>
        <translation>已提交抗辩</translation>
    </message>
    <message>
        <source>Defence needed</source>
        <translation>待提交抗辩</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>拒付</translation>
    </message>
    <message>
        <source>The seller&apos;s response to the buyer&apos;s proposal is due %1</source>
        <translation>卖家须在 %1 前回应买家方案</translation>
    </message>
    <message>
        <source>The platform steps in %1 unless the dispute is settled</source>
        <translation>如纠纷未达成一致，平台将于 %1 介入</translation>
    </message>
    <message>
        <source>The chargeback defence is due %1</source>
        <translation>拒付抗辩截止时间：%1</translation>
    </message>
    <message>
        <source>The most the buyer can get back (refund_money_max)</source>
        <translation>买家可获得的最高退款金额（refund_money_max）</translation>
    </message>
    <message>
        <source>The amount frozen by the chargeback</source>
        <translation>因拒付被冻结的金额</translation>
    </message>
    <message>
        <source>The next deadline: amber within 24 hours, red when past</source>
        <translation>下一个截止时间：24 小时内到期显示为琥珀色，已逾期显示为红色</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发起时间</translation>
    </message>
</context>
<context>
    <name>sd::ChargebackRepository</name>
    <message>
        <source>Won</source>
        <translation>胜诉</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>败诉</translation>
    </message>
    <message>
        <source>Partly won</source>
        <translation>部分胜诉</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>the chargeback needs its case id</source>
        <translation>拒付须填写案件 ID</translation>
    </message>
    <message>
        <source>enter the amount frozen, more than 0</source>
        <translation>请输入冻结金额，须大于 0</translation>
    </message>
    <message>
        <source>enter when the chargeback was filed</source>
        <translation>请输入拒付发起时间</translation>
    </message>
    <message>
        <source>the defence deadline is before the chargeback was filed</source>
        <translation>抗辩截止时间早于拒付发起时间</translation>
    </message>
    <message>
        <source>the store already has chargeback %1</source>
        <translation>该店铺已存在拒付 %1</translation>
    </message>
    <message>
        <source>Chargeback recorded: %1 frozen</source>
        <translation>已记录拒付：冻结 %1</translation>
    </message>
    <message>
        <source>there is no such chargeback</source>
        <translation>该拒付不存在</translation>
    </message>
    <message>
        <source>Defence document attached: %1</source>
        <translation>已上传抗辩材料：%1</translation>
    </message>
    <message>
        <source>the chargeback is already decided</source>
        <translation>该拒付已有裁决结果</translation>
    </message>
    <message>
        <source>the defence was already submitted</source>
        <translation>抗辩已提交</translation>
    </message>
    <message>
        <source>attach the defence documents (proof of delivery, tracking, messages) before submitting</source>
        <translation>提交前请上传抗辩材料（妥投证明、物流追踪、沟通记录）</translation>
    </message>
    <message>
        <source>Defence submitted</source>
        <translation>已提交抗辩</translation>
    </message>
    <message>
        <source>Defence submitted: %1</source>
        <translation>已提交抗辩：%1</translation>
    </message>
    <message>
        <source>choose won, lost or partly won</source>
        <translation>请选择胜诉、败诉或部分胜诉</translation>
    </message>
    <message>
        <source>the amount must be in %1, the chargeback&apos;s currency</source>
        <translation>金额币种须为 %1（拒付币种）</translation>
    </message>
    <message>
        <source>a partly won chargeback recovers more than 0 and less than %1</source>
        <translation>部分胜诉的拒付追回金额须大于 0 且小于 %1</translation>
    </message>
    <message>
        <source>the amount recovered must be between 0 and %1</source>
        <translation>追回金额须在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>Outcome: %1, %2 recovered</source>
        <translation>结果：%1，追回 %2</translation>
    </message>
</context>
<context>
    <name>sd::ClaimRepository</name>
    <message>
        <source>the claim needs its store</source>
        <translation>索赔须指定店铺</translation>
    </message>
    <message>
        <source>the claim needs the time the buyer opened it</source>
        <translation>索赔须填写买家发起的时间</translation>
    </message>
    <message>
        <source>the claim needs the currency of its order</source>
        <translation>索赔须填写订单的币种</translation>
    </message>
    <message>
        <source>the quantity affected must be 1 or more</source>
        <translation>受影响件数须为 1 或以上</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cause of damage</source>
        <translation>“%1”不是有效的破损原因</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a carton fit</source>
        <translation>“%1”不是有效的纸箱尺寸选项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a filler</source>
        <translation>“%1”不是有效的填充物</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as es or pt</source>
        <translation>“%1”不是语言代码（如 es 或 pt）</translation>
    </message>
    <message>
        <source>order %1 is in %2; the claim&apos;s amounts must be too</source>
        <translation>订单 %1 的币种为 %2；索赔金额也须使用该币种</translation>
    </message>
    <message>
        <source>order %1 has no line item %2</source>
        <translation>订单 %1 中没有子订单 %2</translation>
    </message>
    <message numerus="yes">
        <source>line item %1 has %n unit(s); the claim cannot affect more</source>
        <translation>
            <numerusform>子订单 %1 共 %n 件；索赔件数不能超过此数</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim opened: %1</source>
        <translation>已创建索赔：%1</translation>
    </message>
    <message>
        <source>Claim opened for order %1: %2</source>
        <translation>已为订单 %1 创建索赔：%2</translation>
    </message>
    <message>
        <source>there is no claim %1</source>
        <translation>索赔 %1 不存在</translation>
    </message>
    <message>
        <source>a closed claim cannot change</source>
        <translation>已关闭的索赔无法更改</translation>
    </message>
    <message>
        <source>Details edited: %1</source>
        <translation>已编辑详情：%1</translation>
    </message>
    <message>
        <source>%1 is not a photo: the buyer&apos;s photos are images (PNG, JPEG, WebP, GIF, BMP)</source>
        <translation>%1 不是照片：买家照片须为图片格式（PNG、JPEG、WebP、GIF、BMP）</translation>
    </message>
    <message>
        <source>Photo added: %1</source>
        <translation>已添加照片：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification result</source>
        <translation>“%1”不是有效的核实结果</translation>
    </message>
    <message>
        <source>Platform verification: %1</source>
        <translation>平台核实：%1</translation>
    </message>
    <message>
        <source>the platform verifies the buyer&apos;s photos: add at least one photo before submitting the claim for review</source>
        <translation>平台需核实买家照片：提交索赔审核前，请至少添加一张照片</translation>
    </message>
    <message>
        <source>say how the claim was resolved: full refund, partial refund, reship, coupon or rejected</source>
        <translation>请说明索赔的解决方式：全额退款、部分退款、补发、优惠券或拒绝</translation>
    </message>
    <message>
        <source>a refund needs its amount in %1, more than zero</source>
        <translation>退款须填写以 %1 计的金额，且大于零</translation>
    </message>
    <message>
        <source>only a refund resolution has a refund amount</source>
        <translation>只有退款类解决方式才有退款金额</translation>
    </message>
    <message>
        <source>a coupon needs its code and its value</source>
        <translation>优惠券须填写券码和面额</translation>
    </message>
    <message>
        <source>the coupon&apos;s value must be in %1, more than zero</source>
        <translation>优惠券面额须以 %1 计，且大于零</translation>
    </message>
    <message>
        <source>a coupon needs both its code and its value</source>
        <translation>优惠券须同时填写券码和面额</translation>
    </message>
    <message>
        <source>a rejected claim has no refund and no coupon</source>
        <translation>已拒绝的索赔没有退款，也没有优惠券</translation>
    </message>
    <message>
        <source>a partial refund is less than the line item&apos;s %1; choose Full refund</source>
        <translation>部分退款须低于子订单金额 %1；如需全额退还，请选择“全额退款”</translation>
    </message>
    <message>
        <source>say why the claim is rejected: the buyer will ask</source>
        <translation>请说明拒绝索赔的原因：买家会询问</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>, tracking %1</source>
        <translation>，物流单号 %1</translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation>回复内容为空</translation>
    </message>
    <message>
        <source>written without a template</source>
        <translation>未使用模板撰写</translation>
    </message>
    <message>
        <source>template %1 v%2, %3</source>
        <translation>模板 %1 v%2，%3</translation>
    </message>
    <message>
        <source>Reply copied for sending (%1)</source>
        <translation>回复已复制，待发送（%1）</translation>
    </message>
    <message>
        <source>a coupon needs the last day it can be used: the buyer is told</source>
        <translation>优惠券须填写最后可用日期：买家会收到此信息</translation>
    </message>
    <message>
        <source>the coupon expires before the claim was opened</source>
        <translation>优惠券的到期日早于索赔发起日</translation>
    </message>
    <message>
        <source>a coupon needs its minimum spend in %1, more than zero: the buyer is told</source>
        <translation>优惠券须填写以 %1 计的最低消费，且大于零：买家会收到此信息</translation>
    </message>
    <message>
        <source>only a coupon has an expiry date and a minimum spend</source>
        <translation>只有优惠券才有到期日和最低消费</translation>
    </message>
    <message>
        <source>, coupon %1 worth %2 on orders of %3 or more, valid until %4</source>
        <translation>，优惠券 %1 面额 %2，订单满 %3 可用，有效期至 %4</translation>
    </message>
</context>
<context>
    <name>sd::ClaimTerms</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Awaiting evidence</source>
        <translation>等待证据</translation>
    </message>
    <message>
        <source>Under platform review</source>
        <translation>平台审核中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>运输途中破损</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Manufacturing defect</source>
        <translation>生产缺陷</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>发错货</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>尚未核实</translation>
    </message>
    <message>
        <source>Confirmed by the platform</source>
        <translation>平台已确认</translation>
    </message>
    <message>
        <source>Not confirmed by the platform</source>
        <translation>平台未确认</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>全额退款</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>Reshipped</source>
        <translation>已补发</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Sized to the goods</source>
        <translation>尺寸合适</translation>
    </message>
    <message>
        <source>Too large (goods moved)</source>
        <translation>过大（货物晃动）</translation>
    </message>
    <message>
        <source>Too small (goods pressed)</source>
        <translation>过小（货物受压）</translation>
    </message>
    <message>
        <source>No filler</source>
        <translation>无填充物</translation>
    </message>
    <message>
        <source>Air bags</source>
        <translation>气柱袋</translation>
    </message>
    <message>
        <source>Bubble wrap</source>
        <translation>气泡膜</translation>
    </message>
    <message>
        <source>Crumpled paper</source>
        <translation>纸团</translation>
    </message>
    <message>
        <source>Foam</source>
        <translation>泡沫</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim state</source>
        <translation>“%1”不是有效的索赔状态</translation>
    </message>
    <message>
        <source>the claim is already %1</source>
        <translation>该索赔已处于“%1”状态</translation>
    </message>
    <message>
        <source>a closed claim cannot change; open a new claim if the buyer writes again</source>
        <translation>已关闭的索赔无法更改；如买家再次来信，请新建索赔</translation>
    </message>
    <message>
        <source>a claim cannot go back to New once work on it has started</source>
        <translation>索赔一旦开始处理，就不能退回“新建”状态</translation>
    </message>
    <message>
        <source>only a resolved claim can be closed: resolve it first (refund, reship, coupon or reject)</source>
        <translation>只有已解决的索赔才能关闭：请先解决（退款、补发、优惠券或拒绝）</translation>
    </message>
    <message>
        <source>a resolved claim can only be closed</source>
        <translation>已解决的索赔只能转为“已关闭”</translation>
    </message>
    <message>
        <source>a claim that is %1 can go to: %2</source>
        <translation>处于“%1”状态的索赔可转为：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>sd::ClaimsTableModel</name>
    <message>
        <source>The claim changed since the buyer last heard from you</source>
        <translation>自上次回复买家以来，该索赔已有变化</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n photo(s)</source>
        <translation>
            <numerusform>%1 · %n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source> + coupon</source>
        <translation> + 优惠券</translation>
    </message>
    <message>
        <source>Reply owed</source>
        <translation>待回复</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Damaged product</source>
        <translation>破损商品</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决方式</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
</context>
<context>
    <name>sd::CliApp</name>
    <message>
        <source>--db needs a path</source>
        <translation>--db 需要指定路径</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>init: unexpected argument &quot;%1&quot;</source>
        <translation>init: 无法识别的参数“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Workspace %1 is at schema version %2.
</source>
        <translation>工作区 %1 的数据结构版本为 %2。
</translation>
    </message>
    <message>
        <source>Backup before migration: %1
</source>
        <translation>迁移前备份：%1
</translation>
    </message>
    <message>
        <source>%1 stores, %2 orders.
</source>
        <translation>%1 个店铺，%2 个订单。
</translation>
    </message>
    <message>
        <source>check: unexpected argument &quot;%1&quot;</source>
        <translation>check: 无法识别的参数“%1”</translation>
    </message>
    <message>
        <source>%1: integrity check failed: %2</source>
        <translation>%1: 完整性检查失败：%2</translation>
    </message>
    <message>
        <source>%1: schema version %2 is older than %3; run &quot;sellerdesk-cli init&quot; to migrate it</source>
        <translation>%1: 数据结构版本 %2 低于 %3；请运行 &quot;sellerdesk-cli init&quot; 进行迁移</translation>
    </message>
    <message>
        <source>%1: schema version %2 is newer than this SellerDesk (%3)</source>
        <translation>%1: 数据结构版本 %2 高于当前 SellerDesk 支持的版本（%3）</translation>
    </message>
    <message>
        <source>%1: ok (schema version %2)
</source>
        <translation>%1: 正常（数据结构版本 %2）
</translation>
    </message>
    <message>
        <source>backup: unexpected argument &quot;%1&quot;</source>
        <translation>backup: 无法识别的参数“%1”</translation>
    </message>
    <message>
        <source>Backup written to %1
</source>
        <translation>备份已写入 %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <source>No stores yet.
</source>
        <translation>还没有店铺。
</translation>
    </message>
    <message>
        <source>rules: --at needs a date (YYYY-MM-DD)</source>
        <translation>rules: --at 需要指定日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>rules: unexpected argument &quot;%1&quot;</source>
        <translation>rules: 无法识别的参数“%1”</translation>
    </message>
    <message>
        <source>rules: &quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>rules: “%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>Rules in force on %1:
</source>
        <translation>%1 生效的规则：
</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>未生效</translation>
    </message>
    <message>
        <source>import orders: an option is missing its value</source>
        <translation>import orders: 某个选项缺少值</translation>
    </message>
    <message>
        <source>import orders: which file?</source>
        <translation>import orders: 请指定要导入的文件</translation>
    </message>
    <message>
        <source>import orders: unexpected argument &quot;%1&quot;</source>
        <translation>import orders: 无法识别的参数“%1”</translation>
    </message>
    <message>
        <source>import orders: unknown time zone &quot;%1&quot; (use an IANA name such as America/Los_Angeles)</source>
        <translation>import orders: 未知时区“%1”（请使用 America/Los_Angeles 这样的 IANA 名称）</translation>
    </message>
    <message numerus="yes">
        <source>%1: not imported, %n row(s) have problems; nothing was written</source>
        <translation>
            <numerusform>%1: 未导入，%n 行存在问题；未写入任何数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1 (nothing written): </source>
        <translation>已检查 %1（未写入任何数据）：</translation>
    </message>
    <message>
        <source>Imported %1: </source>
        <translation>已导入 %1：</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected.
</source>
        <translation>新增 %1，更新 %2，未变 %3，拒绝 %4。
</translation>
    </message>
    <message>
        <source>Rejected rows: %1
</source>
        <translation>被拒绝的行已写入：%1
</translation>
    </message>
    <message>
        <source>export: say what to export: export orders --out FILE</source>
        <translation>export: 请指定要导出的内容：export orders --out FILE</translation>
    </message>
    <message>
        <source>export orders: an option is missing its value</source>
        <translation>export orders: 某个选项缺少值</translation>
    </message>
    <message>
        <source>export orders: unexpected argument &quot;%1&quot;</source>
        <translation>export orders: 无法识别的参数“%1”</translation>
    </message>
    <message>
        <source>export orders: --out FILE is required</source>
        <translation>export orders: 必须指定 --out FILE</translation>
    </message>
    <message>
        <source>export orders: --format is csv or xlsx, not &quot;%1&quot;</source>
        <translation>export orders: --format 只能是 csv 或 xlsx，不能是“%1”</translation>
    </message>
    <message>
        <source>export orders: &quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>export orders: “%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>export orders: unknown status &quot;%1&quot;</source>
        <translation>export orders: 未知状态“%1”</translation>
    </message>
    <message>
        <source>export orders: there is no store named &quot;%1&quot;</source>
        <translation>export orders: 不存在名为“%1”的店铺</translation>
    </message>
    <message>
        <source>%1 orders (%2 rows) written to %3
</source>
        <translation>已将 %1 个订单（%2 行）写入 %3
</translation>
    </message>
    <message>
        <source>orders: the subcommand is &quot;due&quot;</source>
        <translation>orders: 子命令应为“due”</translation>
    </message>
    <message>
        <source>Overdue (%1): %2
Due within 12 h (%3): %4
</source>
        <translation>已逾期（%1）：%2
12 小时内到期（%3）：%4
</translation>
    </message>
    <message>
        <source>import %1: an option is missing its value</source>
        <translation>import %1：有选项缺少取值</translation>
    </message>
    <message>
        <source>import %1: which file?</source>
        <translation>import %1：请指定文件</translation>
    </message>
    <message>
        <source>import %1: unexpected argument &quot;%2&quot;</source>
        <translation>import %1：无法识别的参数“%2”</translation>
    </message>
    <message>
        <source>import %1: unknown time zone &quot;%2&quot; (use an IANA name such as America/Los_Angeles)</source>
        <translation>import %1：未知时区“%2”（请使用 IANA 名称，如 America/Los_Angeles）</translation>
    </message>
    <message>
        <source>import %1: there is no store named &quot;%2&quot;</source>
        <translation>import %1：不存在名为“%2”的店铺</translation>
    </message>
    <message>
        <source>disputes: the subcommand is &quot;due&quot;</source>
        <translation>disputes：子命令应为“due”</translation>
    </message>
    <message>
        <source>Response overdue (%1): %2
Response due today (%3): %4
</source>
        <translation>回复已逾期（%1）：%2
回复今天到期（%3）：%4
</translation>
    </message>
    <message>
        <source>ledger: the subcommand is &quot;month YYYY-MM&quot;</source>
        <translation>ledger：子命令应为“month YYYY-MM”</translation>
    </message>
    <message>
        <source>ledger month: --store needs a store name</source>
        <translation>ledger month：--store 需要店铺名称</translation>
    </message>
    <message>
        <source>ledger month: which month? (YYYY-MM)</source>
        <translation>ledger month：请指定月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>ledger month: unexpected argument &quot;%1&quot;</source>
        <translation>ledger month：无法识别的参数“%1”</translation>
    </message>
    <message>
        <source>ledger month: &quot;%1&quot; is not a month such as 2026-03</source>
        <translation>ledger month：“%1”不是有效月份（格式如 2026-03）</translation>
    </message>
    <message>
        <source>ledger month: there is no store named &quot;%1&quot;</source>
        <translation>ledger month：不存在名为“%1”的店铺</translation>
    </message>
    <message>
        <source>Alipay account, %1%2
</source>
        <translation>支付宝账户，%1%2
</translation>
    </message>
    <message>
        <source>Payouts:    %1
Deductions: %2
Appealed:   %3
Recovered:  %4
Net:        %5
</source>
        <translation>放款：  %1
扣款：  %2
已申诉：%3
已追回：%4
净额：  %5
</translation>
    </message>
    <message>
        <source>%1: --at needs a time (ISO 8601)</source>
        <translation>%1：--at 需要一个时间（ISO 8601）</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1：多余的参数“%2”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time such as 2026-03-01T09:00:00Z</source>
        <translation>%1：“%2”不是有效时间，例如 2026-03-01T09:00:00Z</translation>
    </message>
    <message>
        <source>import: say what to import: orders, disputes, chargebacks, ledger or tier</source>
        <translation>import：请指定要导入的内容：orders、disputes、chargebacks、ledger 或 tier</translation>
    </message>
    <message>
        <source>tier: an option is missing its value</source>
        <translation>tier：有选项缺少取值</translation>
    </message>
    <message>
        <source>tier: unexpected argument &quot;%1&quot;</source>
        <translation>tier：无法识别的参数“%1”</translation>
    </message>
    <message>
        <source>tier: which store? (--store NAME)</source>
        <translation>tier：请指定店铺（--store NAME）</translation>
    </message>
    <message>
        <source>tier: &quot;%1&quot; is not a month such as 2026-03</source>
        <translation>tier：“%1”不是有效月份（格式如 2026-03）</translation>
    </message>
    <message>
        <source>tier: there is no store named &quot;%1&quot;</source>
        <translation>tier：不存在名为“%1”的店铺</translation>
    </message>
    <message>
        <source>tier: cannot assess &quot;%1&quot;</source>
        <translation>tier：无法评估“%1”</translation>
    </message>
    <message>
        <source>, level %1</source>
        <translation>，等级 %1</translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation>，%1 可达 %2</translation>
    </message>
    <message>
        <source>Quickest way to %1: %2 %3
</source>
        <translation>升至 %1 的最快途径：%2 %3
</translation>
    </message>
    <message>
        <source>%1, %2%3: projected tier %4, score %5</source>
        <translation>%1，%2%3：预测等级 %4，得分 %5</translation>
    </message>
    <message>
        <source> (to date)</source>
        <translation>（截至目前）</translation>
    </message>
    <message>
        <source>%1, %2: no indicator has a value yet</source>
        <translation>%1，%2：尚无任何指标有数值</translation>
    </message>
    <message>
        <source> (%1 from %2)</source>
        <translation>（%2 分可达 %1）</translation>
    </message>
    <message>
        <source>Merchant type: %1%2
</source>
        <translation>商家类型：%1%2
</translation>
    </message>
    <message>
        <source> (from the orders)</source>
        <translation>（根据订单判定）</translation>
    </message>
    <message>
        <source>Service level: %1
</source>
        <translation>服务等级：%1
</translation>
    </message>
    <message>
        <source>Published tier: %1
</source>
        <translation>平台公布的等级：%1
</translation>
    </message>
    <message>
        <source>tier model export: give the file to write with --out FILE</source>
        <translation>tier model export：请用 --out FILE 指定要写入的文件</translation>
    </message>
    <message>
        <source>Wrote the model in force since %1 to %2
</source>
        <translation>已将自 %1 起生效的模型写入 %2
</translation>
    </message>
    <message>
        <source>tier model import: which file?</source>
        <translation>tier model import：请指定文件</translation>
    </message>
    <message>
        <source>Added the tier model from %1 as a new version
</source>
        <translation>已将 %1 中的分层考核模型添加为新版本
</translation>
    </message>
    <message>
        <source>tier model: the subcommand is &quot;export --out FILE&quot; or &quot;import FILE&quot;</source>
        <translation>tier model：子命令应为“export --out FILE”或“import FILE”</translation>
    </message>
    <message>
        <source>claims: an option is missing its value</source>
        <translation>claims：某个选项缺少值</translation>
    </message>
    <message>
        <source>claims: unexpected argument &quot;%1&quot;</source>
        <translation>claims：无法识别的参数“%1”</translation>
    </message>
    <message>
        <source>claims: the state is one of %1</source>
        <translation>claims：状态须为以下之一：%1</translation>
    </message>
    <message>
        <source>claims: there is no store named &quot;%1&quot;</source>
        <translation>claims：没有名为“%1”的店铺</translation>
    </message>
    <message>
        <source>claims: cannot read the claims</source>
        <translation>claims：无法读取索赔</translation>
    </message>
    <message>
        <source>	reply owed</source>
        <translation>	待回复</translation>
    </message>
    <message>
        <source>No claims match.
</source>
        <translation>没有匹配的索赔。
</translation>
    </message>
    <message>
        <source>reply: an option is missing its value</source>
        <translation>reply：某个选项缺少值</translation>
    </message>
    <message>
        <source>reply: unexpected argument &quot;%1&quot;</source>
        <translation>reply：无法识别的参数“%1”</translation>
    </message>
    <message>
        <source>reply: which claim? (--claim ID, see &quot;claims&quot;)</source>
        <translation>reply：哪个索赔？（--claim ID，参见“claims”）</translation>
    </message>
    <message>
        <source>reply: there is no claim %1</source>
        <translation>reply：索赔 %1 不存在</translation>
    </message>
    <message>
        <source>reply: %1</source>
        <translation>reply：%1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source> (sign with --agent NAME, or set your name on the Templates page)</source>
        <translation>（请用 --agent NAME 署名，或在“模板”页面设置你的署名）</translation>
    </message>
    <message>
        <source>reply: template %1 (%2) cannot be sent for claim %3: %4%5</source>
        <translation>reply：模板 %1（%2）无法用于索赔 %3：%4%5</translation>
    </message>
    <message>
        <source>%1 v%2  %3  [%4]
</source>
        <translation>%1 v%2  %3  [%4]
</translation>
    </message>
    <message>
        <source>templates export: give the file to write with --out FILE</source>
        <translation>templates export：请用 --out FILE 指定要写入的文件</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) to %1
</source>
        <translation>
            <numerusform>已将 %n 个模板写入 %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>templates import: which file?</source>
        <translation>templates import：要导入哪个文件？</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated (a new version each), %4 unchanged
</source>
        <translation>%1：新增 %2 个，更新 %3 个（各生成一个新版本），%4 个未变
</translation>
    </message>
    <message>
        <source>not computed: %1</source>
        <translation>未能计算：%1</translation>
    </message>
    <message>
        <source>Margin: %1 %</source>
        <translation>利润率：%1%</translation>
    </message>
    <message>
        <source>calc: %1 needs a value</source>
        <translation>calc：%1 需要指定一个值</translation>
    </message>
    <message>
        <source>calc: unexpected argument &quot;%1&quot;</source>
        <translation>calc：无法识别的参数“%1”</translation>
    </message>
    <message>
        <source>calc: &quot;%1&quot; is not a currency code such as USD</source>
        <translation>calc：“%1”不是有效的货币代码（例如 USD）</translation>
    </message>
    <message>
        <source>calc: %1 &quot;%2&quot;: %3</source>
        <translation>calc：%1 “%2”：%3</translation>
    </message>
    <message>
        <source>not in %1</source>
        <translation>币种不是 %1</translation>
    </message>
    <message>
        <source>calc: %1 &quot;%2&quot;: a percentage from 0 to 100 such as 8 or 12.5</source>
        <translation>calc：%1 “%2”：应为 0 到 100 之间的百分比，例如 8 或 12.5</translation>
    </message>
    <message>
        <source>calc: --qty &quot;%1&quot; is not a whole number of 1 or more</source>
        <translation>calc：--qty “%1”不是大于或等于 1 的整数</translation>
    </message>
    <message>
        <source>calc: --date &quot;%1&quot; is not a date such as 2026-03-31</source>
        <translation>calc：--date “%1”不是有效日期（例如 2026-03-31）</translation>
    </message>
    <message>
        <source>calc: give --model MODEL (%1) or --compare</source>
        <translation>calc：请指定 --model MODEL（%1）或 --compare</translation>
    </message>
    <message>
        <source>calc: &quot;%1&quot; is not a model: %2</source>
        <translation>calc：“%1”不是有效的履约模式；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>calc: give the selling price (--price) or the supply price (--supply-price)</source>
        <translation>calc：请提供售价（--price）或供货价（--supply-price）</translation>
    </message>
    <message>
        <source>No model could be computed.
</source>
        <translation>所有履约模式均无法计算。
</translation>
    </message>
    <message>
        <source>Best: %1
</source>
        <translation>最优：%1
</translation>
    </message>
    <message>
        <source>calc: %1: %2</source>
        <translation>calc：%1：%2</translation>
    </message>
    <message>
        <source>calc batch: an option is missing its value</source>
        <translation>calc batch：有选项缺少取值</translation>
    </message>
    <message>
        <source>calc batch: give the file to write with --out FILE (.csv or .xlsx)</source>
        <translation>calc batch：请用 --out FILE 指定要写入的文件（.csv 或 .xlsx）</translation>
    </message>
    <message>
        <source>calc batch: give a product list FILE, or --from-orders</source>
        <translation>calc batch：请指定商品清单文件 FILE，或使用 --from-orders</translation>
    </message>
    <message>
        <source>calc batch: --date &quot;%1&quot; is not a date such as 2026-03-31</source>
        <translation>calc batch：--date “%1”不是日期（格式如 2026-03-31）</translation>
    </message>
    <message>
        <source>calc batch: there is no store named &quot;%1&quot;</source>
        <translation>calc batch：不存在名为“%1”的店铺</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n product(s) under every model to %1
</source>
        <translation>
            <numerusform>已将 %n 个商品在各履约模式下的计算结果写入 %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>report: say which report: daily, monthly or claims</source>
        <translation>report：请指定报表：daily、monthly 或 claims</translation>
    </message>
    <message>
        <source>report: the report is daily, monthly or claims</source>
        <translation>report：报表应为 daily、monthly 或 claims</translation>
    </message>
    <message>
        <source>report: an option is missing its value</source>
        <translation>report：某个选项缺少值</translation>
    </message>
    <message>
        <source>report: unexpected argument &quot;%1&quot;</source>
        <translation>report：无法识别的参数“%1”</translation>
    </message>
    <message>
        <source>report: --out FILE is required</source>
        <translation>report：必须指定 --out FILE</translation>
    </message>
    <message>
        <source>report daily: the day is given with --date YYYY-MM-DD</source>
        <translation>report daily：请用 --date YYYY-MM-DD 指定日期</translation>
    </message>
    <message>
        <source>report daily: --date is YYYY-MM-DD, today or yesterday, not &quot;%1&quot;</source>
        <translation>report daily：--date 应为 YYYY-MM-DD、today 或 yesterday，而不是“%1”</translation>
    </message>
    <message>
        <source>report monthly: the month is given with --month YYYY-MM</source>
        <translation>report monthly：请用 --month YYYY-MM 指定月份</translation>
    </message>
    <message>
        <source>report monthly: --month is YYYY-MM, this or last, not &quot;%1&quot;</source>
        <translation>report monthly：--month 应为 YYYY-MM、this 或 last，而不是“%1”</translation>
    </message>
    <message>
        <source>report claims: the period is given with --from and --to (YYYY-MM-DD)</source>
        <translation>report claims：请用 --from 和 --to（YYYY-MM-DD）指定期间</translation>
    </message>
    <message>
        <source>report claims: --from and --to are YYYY-MM-DD, today or yesterday</source>
        <translation>report claims：--from 和 --to 应为 YYYY-MM-DD、today 或 yesterday</translation>
    </message>
    <message>
        <source>report: --format is pdf, xlsx or csv, not &quot;%1&quot;</source>
        <translation>report：--format 应为 pdf、xlsx 或 csv，而不是“%1”</translation>
    </message>
    <message>
        <source>report: say the format with --format pdf|xlsx|csv or a file name ending in .pdf, .xlsx, .csv or .zip</source>
        <translation>report：请用 --format pdf|xlsx|csv 指定格式，或使用以 .pdf、.xlsx、.csv 或 .zip 结尾的文件名</translation>
    </message>
    <message>
        <source>report: --page is a4 or letter, not &quot;%1&quot;</source>
        <translation>report：--page 应为 a4 或 letter，而不是“%1”</translation>
    </message>
    <message>
        <source>report: there is no store named &quot;%1&quot;</source>
        <translation>report：不存在名为“%1”的店铺</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report：%1</translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation>已写入 %1
</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1：未导入：%2</translation>
    </message>
    <message>
        <source>backup: --out needs a file</source>
        <translation>backup：--out 需要一个文件</translation>
    </message>
    <message>
        <source>backup: --daily writes into the backup folder; leave out --out</source>
        <translation>backup：--daily 写入备份文件夹；请去掉 --out</translation>
    </message>
    <message>
        <source>Daily backup written to %1
</source>
        <translation>每日备份已写入 %1
</translation>
    </message>
    <message>
        <source>Today&apos;s daily backup is already there: %1
</source>
        <translation>今天的每日备份已存在：%1
</translation>
    </message>
    <message>
        <source>Removed the old daily backup %1
</source>
        <translation>已删除旧的每日备份 %1
</translation>
    </message>
    <message>
        <source>backups: unexpected argument &quot;%1&quot;</source>
        <translation>backups：多余的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No backups in %1
</source>
        <translation>%1 中没有备份
</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:
</source>
        <translation>%1 中的备份，最新的在前：
</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>restore: which backup? (restore FILE)</source>
        <translation>restore：恢复哪个备份？（restore FILE）</translation>
    </message>
    <message>
        <source>restore: unexpected argument &quot;%1&quot;</source>
        <translation>restore：多余的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Restored %1 to %2 (schema version %3).
</source>
        <translation>已将 %1 恢复到 %2（架构版本 %3）。
</translation>
    </message>
    <message>
        <source>The workspace as it was is kept as %1
</source>
        <translation>原来的工作区已保留为 %1
</translation>
    </message>
    <message>
        <source>The damaged workspace is kept as %1
</source>
        <translation>损坏的工作区已保留为 %1
</translation>
    </message>
    <message>
        <source>SellerDesk updates it to schema version %1 the next time it opens it (after writing a backup).
</source>
        <translation>SellerDesk 下次打开它时会（先写入备份）将其更新到架构版本 %1。
</translation>
    </message>
    <message>
        <source>purge: say what to purge: purge personal-data</source>
        <translation>purge：请说明要清除什么：purge personal-data</translation>
    </message>
    <message>
        <source>purge personal-data: --older-than-months needs a number</source>
        <translation>purge personal-data：--older-than-months 需要一个数字</translation>
    </message>
    <message>
        <source>purge personal-data: unexpected argument &quot;%1&quot;</source>
        <translation>purge personal-data：多余的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>purge personal-data: --older-than-months must be a whole number of months, 1 or more (not &quot;%1&quot;)</source>
        <translation>purge personal-data：--older-than-months 必须是不小于 1 的整数月数（而不是 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>%1 orders, %2 disputes, %3 damage claims and %4 replies from before %5</source>
        <translation>%5 之前的 %1 个订单、%2 个纠纷、%3 个破损索赔和 %4 条回复</translation>
    </message>
    <message>
        <source>Buyers&apos; personal data erased from %1.
</source>
        <translation>已从%1中清除买家个人数据。
</translation>
    </message>
    <message>
        <source>%1 hold buyers&apos; personal data. Nothing was changed: add --yes to erase it.
</source>
        <translation>%1仍含有买家个人数据。未做任何更改：加上 --yes 即可清除。
</translation>
    </message>
    <message>
        <source>stores: unknown subcommand &quot;%1&quot; (add, rename, archive, unarchive)</source>
        <translation>stores：未知的子命令“%1”（应为 add、rename、archive 或 unarchive）</translation>
    </message>
    <message>
        <source>stores add: --currency needs a currency code such as USD</source>
        <translation>stores add：--currency 需要一个币种代码，例如 USD</translation>
    </message>
    <message>
        <source>stores add: --tz needs a time zone such as Asia/Shanghai</source>
        <translation>stores add：--tz 需要一个时区，例如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>stores add: --account needs the AliExpress account id</source>
        <translation>stores add：--account 需要速卖通账号 ID</translation>
    </message>
    <message>
        <source>stores add: --jit needs self or pickup</source>
        <translation>stores add：--jit 需要 self 或 pickup</translation>
    </message>
    <message>
        <source>stores add: give the store&apos;s name</source>
        <translation>stores add：请给出店铺名称</translation>
    </message>
    <message>
        <source>stores add: unexpected argument &quot;%1&quot;</source>
        <translation>stores add：多余的参数“%1”</translation>
    </message>
    <message>
        <source>stores add: give the store&apos;s currency (--currency) and time zone (--tz): they decide how its amounts and days are read</source>
        <translation>stores add：请给出店铺的币种（--currency）和时区（--tz）：它们决定如何读取该店铺的金额和日期</translation>
    </message>
    <message>
        <source>stores add: --jit is self (the store delivers to the warehouse, 48 h) or pickup (the Cainiao pickup, 24 h), not &quot;%1&quot;</source>
        <translation>stores add：--jit 应为 self（店铺自行送仓，48 小时）或 pickup（菜鸟揽收，24 小时），而不是“%1”</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; added (%2, %3).
</source>
        <translation>已添加店铺“%1”（%2，%3）。
</translation>
    </message>
    <message>
        <source>stores rename: give the store&apos;s name and its new name</source>
        <translation>stores rename：请给出店铺名称和新名称</translation>
    </message>
    <message>
        <source>there is no store called &quot;%1&quot;</source>
        <translation>没有名为“%1”的店铺</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is now &quot;%2&quot;.
</source>
        <translation>店铺“%1”已改名为“%2”。
</translation>
    </message>
    <message>
        <source>stores %1: give the store&apos;s name</source>
        <translation>stores %1：请给出店铺名称</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; archived.
</source>
        <translation>店铺“%1”已归档。
</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is back in the lists.
</source>
        <translation>店铺“%1”已恢复到列表中。
</translation>
    </message>
    <message>
        <source>import orders: --model &quot;%1&quot; is not a fulfillment model; use one of %2</source>
        <translation>import orders：--model “%1”不是履约模式；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>%1 (not imported; nothing was written)</source>
        <translation>%1（未导入，未写入任何内容）</translation>
    </message>
    <message>
        <source>  a new shipped wording is offered: &quot;templates restore %1&quot; uses it, &quot;templates keep %1&quot; keeps yours
</source>
        <translation>  有新的内置措辞可用：&quot;templates restore %1&quot; 采用新措辞，&quot;templates keep %1&quot; 保留您的措辞
</translation>
    </message>
    <message>
        <source>templates %1: which template? (its key, see &quot;templates&quot;)</source>
        <translation>templates %1：请指定模板（其键名，见“templates”）</translation>
    </message>
    <message>
        <source>templates keep: %1</source>
        <translation>templates keep：%1</translation>
    </message>
    <message>
        <source>%1: your wording stays in use; this shipped wording is not offered again
</source>
        <translation>%1：继续使用您的措辞；此内置措辞不再提示
</translation>
    </message>
    <message>
        <source>templates restore: %1</source>
        <translation>templates restore：%1</translation>
    </message>
    <message>
        <source>%1: the shipped wording is version %2
</source>
        <translation>%1：内置措辞现为版本 %2
</translation>
    </message>
    <message>
        <source>templates: the subcommand is &quot;export --out FILE&quot;, &quot;import FILE&quot;, &quot;restore KEY&quot; or &quot;keep KEY&quot;</source>
        <translation>templates：子命令应为“export --out FILE”、“import FILE”、“restore KEY”或“keep KEY”</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>warning: %1 more not listed
</source>
        <translation>警告：另有 %1 条未列出
</translation>
    </message>
</context>
<context>
    <name>sd::ColumnMappingRepository</name>
    <message>
        <source>there is no saved column mapping named &quot;%1&quot;</source>
        <translation>没有名为“%1”的已保存列映射</translation>
    </message>
    <message>
        <source>give the mapping a name</source>
        <translation>请为列映射命名</translation>
    </message>
</context>
<context>
    <name>sd::CsvReader</name>
    <message>
        <source>the file is neither UTF-8 nor UTF-16, and this build cannot read GB18030: save it as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>文件既不是 UTF-8 也不是 UTF-16，且此版本无法读取 GB18030：请将其另存为 UTF-8（Excel 中的“CSV UTF-8”）</translation>
    </message>
    <message>
        <source>the file is not valid %1</source>
        <translation>文件不是有效的 %1</translation>
    </message>
    <message>
        <source>the file is not valid %1: it ends in half a character</source>
        <translation>文件不是有效的 %1：结尾处只有半个字符</translation>
    </message>
    <message>
        <source>a quoted field is never closed (the quote opens here)</source>
        <translation>带引号的字段没有闭合（引号从此处开始）</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <translation>某个字段超过 %1 个字符</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a field</source>
        <translation>字段的右引号之后出现了多余的文字</translation>
    </message>
    <message>
        <source>the record has more than %1 fields (the limit in Workspace Settings)</source>
        <translation>该记录超过 %1 个字段（工作区设置中的上限）</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation>该记录超过 %1 个字符</translation>
    </message>
    <message>
        <source>the field holds the control character U+%1, which has no place in a field (is this a text export?)</source>
        <translation>字段中含有控制字符 U+%1，字段中不应出现此字符（这是文本导出文件吗？）</translation>
    </message>
</context>
<context>
    <name>sd::DamageRateReport</name>
    <message>
        <source>the damage-rate rules (damage.product_rate_*) have no value in force on %1</source>
        <translation>破损率规则（damage.product_rate_*）在 %1 没有生效的取值</translation>
    </message>
</context>
<context>
    <name>sd::DemoSeeder</name>
    <message>
        <source>the workspace already has stores; the demo is only added to an empty workspace</source>
        <translation>工作区中已有店铺；演示数据只能添加到空工作区</translation>
    </message>
    <message>
        <source>from the warehousing invitations list</source>
        <translation>来自入仓邀约列表</translation>
    </message>
    <message>
        <source>cannot write the demo photo %1</source>
        <translation>无法写入演示照片 %1</translation>
    </message>
</context>
<context>
    <name>sd::DisputeDeadlines</name>
    <message>
        <source>there is no such dispute</source>
        <translation>该纠纷不存在</translation>
    </message>
</context>
<context>
    <name>sd::DisputeRepository</name>
    <message>
        <source>there is no such dispute</source>
        <translation>该纠纷不存在</translation>
    </message>
    <message>
        <source>the dispute needs its issue id</source>
        <translation>纠纷需要填写纠纷编号</translation>
    </message>
    <message>
        <source>the refund maximum must be an amount of 0 or more</source>
        <translation>最高退款金额必须大于或等于 0</translation>
    </message>
    <message>
        <source>the store already has dispute %1</source>
        <translation>该店铺已有纠纷 %1</translation>
    </message>
    <message>
        <source>Dispute recorded: %1</source>
        <translation>已记录纠纷：%1</translation>
    </message>
    <message>
        <source>enter the amount you offer</source>
        <translation>请输入您提出的金额</translation>
    </message>
    <message>
        <source>the amount must be in %1, the dispute&apos;s currency</source>
        <translation>金额必须使用纠纷的币种 %1</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>the amount %1 is more than the most the buyer can get back, %2</source>
        <translation>金额 %1 超过了买家最多可退的 %2</translation>
    </message>
    <message>
        <source>explain the offer to the buyer in at least %1 characters (now %2)</source>
        <translation>请向买家说明方案，至少 %1 个字符（当前 %2 个）</translation>
    </message>
    <message>
        <source>the note is %1 characters; the platform takes at most %2</source>
        <translation>说明有 %1 个字符；平台最多接受 %2 个</translation>
    </message>
    <message>
        <source>the dispute is no longer in progress</source>
        <translation>该纠纷已不在处理中</translation>
    </message>
    <message>
        <source>choose the buyer&apos;s or the platform&apos;s proposal to accept</source>
        <translation>请选择要接受的买家方案或平台方案</translation>
    </message>
    <message>
        <source>Accepted the %1 proposal: %2, %3</source>
        <translation>已接受%1方案：%2，%3</translation>
    </message>
    <message>
        <source>choose refund only or return and refund</source>
        <translation>请选择仅退款或退货退款</translation>
    </message>
    <message>
        <source>Counter-proposal: %1, %2. &quot;%3&quot;</source>
        <translation>还价方案：%1，%2。“%3”</translation>
    </message>
    <message>
        <source>Evidence attached: %1</source>
        <translation>已附加证据：%1</translation>
    </message>
    <message>
        <source>the dispute is already with the platform</source>
        <translation>该纠纷已提交平台处理</translation>
    </message>
    <message>
        <source>Escalated to the platform</source>
        <translation>已升级至平台仲裁</translation>
    </message>
    <message>
        <source>Escalated to the platform: %1</source>
        <translation>已升级至平台仲裁：%1</translation>
    </message>
    <message>
        <source>the dispute is already closed</source>
        <translation>该纠纷已关闭</translation>
    </message>
    <message>
        <source>choose how the dispute ended</source>
        <translation>请选择纠纷的处理结果</translation>
    </message>
    <message>
        <source>enter the amount refunded to the buyer</source>
        <translation>请输入退给买家的金额</translation>
    </message>
    <message>
        <source>the refund must be between 0 and %1</source>
        <translation>退款金额必须在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>已关闭：%1</translation>
    </message>
    <message>
        <source>, at the seller&apos;s cost</source>
        <translation>，由卖家承担</translation>
    </message>
</context>
<context>
    <name>sd::DisputeTerms</name>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Cancelled by the buyer</source>
        <translation>买家已取消</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Refund only</source>
        <translation>仅退款</translation>
    </message>
    <message>
        <source>Return and refund</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>卖家</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Waiting for both sides</source>
        <translation>等待买卖双方接受</translation>
    </message>
    <message>
        <source>Waiting for the buyer</source>
        <translation>等待买家接受</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>等待您接受</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Refused by the buyer</source>
        <translation>买家已拒绝</translation>
    </message>
    <message>
        <source>You accepted, the buyer refused</source>
        <translation>您已接受，买家拒绝</translation>
    </message>
    <message>
        <source>Agreement cancelled</source>
        <translation>协议已取消</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Returned and refunded</source>
        <translation>已退货退款</translation>
    </message>
    <message>
        <source>Rejected: no refund</source>
        <translation>已驳回：不退款</translation>
    </message>
</context>
<context>
    <name>sd::Handover</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>sd::ImportLog</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: 文件为空</translation>
    </message>
    <message>
        <source>%1: the workspace refused the import: %2</source>
        <translation>%1: 工作区拒绝了本次导入：%2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>sd::ImportRecord</name>
    <message>
        <source>a date and time is required here</source>
        <translation>此处必须填写日期时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (use 2026-03-01 14:30 or ISO 8601)</source>
        <translation>“%1”不是有效的日期时间（请使用 2026-03-01 14:30 或 ISO 8601 格式）</translation>
    </message>
    <message>
        <source>an amount is required here</source>
        <translation>此处必须填写金额</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: %2</source>
        <translation>“%1”不是有效金额：%2</translation>
    </message>
    <message>
        <source>the amount is in %1 but the row is in %2</source>
        <translation>金额币种为 %1，但该行币种为 %2</translation>
    </message>
    <message>
        <source>the amount %1 is negative</source>
        <translation>金额 %1 为负数</translation>
    </message>
    <message>
        <source>a value is required here</source>
        <translation>此处必须填写</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不在以下取值中：%2</translation>
    </message>
    <message>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>未知币种“%1”</translation>
    </message>
</context>
<context>
    <name>sd::Json</name>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
</context>
<context>
    <name>sd::LedgerRepository</name>
    <message>
        <source>Payout</source>
        <translation>放款</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Appeal pending</source>
        <translation>申诉处理中</translation>
    </message>
    <message>
        <source>Appeal won</source>
        <translation>申诉成功</translation>
    </message>
    <message>
        <source>Appeal partly won</source>
        <translation>申诉部分成功</translation>
    </message>
    <message>
        <source>Appeal lost</source>
        <translation>申诉失败</translation>
    </message>
    <message>
        <source>there is no such ledger entry</source>
        <translation>该流水记录不存在</translation>
    </message>
    <message>
        <source>only a deduction can be marked unfair</source>
        <translation>只有扣款可以标记为不合理</translation>
    </message>
    <message>
        <source>an appeal was filed for this deduction; record its result instead</source>
        <translation>该扣款已提交申诉，请改为记录申诉结果</translation>
    </message>
    <message>
        <source>Marked unfair</source>
        <translation>已标记为不合理</translation>
    </message>
    <message>
        <source>No longer marked unfair</source>
        <translation>已取消不合理标记</translation>
    </message>
    <message>
        <source>mark the deduction unfair before appealing it</source>
        <translation>请先将扣款标记为不合理，再提交申诉</translation>
    </message>
    <message>
        <source>the appeal was already filed</source>
        <translation>申诉已提交</translation>
    </message>
    <message>
        <source>the appeal cannot be filed before the deduction</source>
        <translation>申诉时间不能早于扣款时间</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>申诉提交时间</translation>
    </message>
    <message>
        <source>Appeal document attached: %1</source>
        <translation>已上传申诉材料：%1</translation>
    </message>
    <message>
        <source>the appeal&apos;s result is already recorded</source>
        <translation>申诉结果已记录</translation>
    </message>
    <message>
        <source>file the appeal first</source>
        <translation>请先提交申诉</translation>
    </message>
    <message>
        <source>choose won, partly won or lost</source>
        <translation>请选择成功、部分成功或失败</translation>
    </message>
    <message>
        <source>the amount must be in %1, the deduction&apos;s currency</source>
        <translation>金额币种须为 %1（扣款币种）</translation>
    </message>
    <message>
        <source>a partly won appeal recovers more than 0 and less than %1</source>
        <translation>部分成功的申诉追回金额须大于 0 且小于 %1</translation>
    </message>
    <message>
        <source>the amount recovered must be between 0 and %1</source>
        <translation>追回金额须在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>%1: %2 recovered</source>
        <translation>%1：追回 %2</translation>
    </message>
</context>
<context>
    <name>sd::LedgerTableModel</name>
    <message>
        <source>Unfair: appeal not filed</source>
        <translation>不合理：未申诉</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>，截止时间 %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>dispute %1</source>
        <translation>纠纷 %1</translation>
    </message>
    <message>
        <source>chargeback %1</source>
        <translation>拒付 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason as stated</source>
        <translation>注明的原因</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
</context>
<context>
    <name>sd::Migrator</name>
    <message>
        <source>cannot read the schema version</source>
        <translation>无法读取数据结构版本</translation>
    </message>
    <message>
        <source>migration step %1 (%2) failed: %3</source>
        <translation>迁移步骤 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>cannot start the migration: %1</source>
        <translation>无法开始迁移：%1</translation>
    </message>
    <message>
        <source>the migration to version %1 could not be committed: %2</source>
        <translation>迁移到版本 %1 无法提交：%2</translation>
    </message>
    <message>
        <source>cannot record the migration: %1</source>
        <translation>无法记录这次迁移：%1</translation>
    </message>
</context>
<context>
    <name>sd::Money</name>
    <message>
        <source>the amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <source>there are no digits in the amount</source>
        <translation>金额中没有数字</translation>
    </message>
    <message>
        <source>the sign or currency around the number is not understood</source>
        <translation>无法识别数字前后的符号或币种</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency SellerDesk knows</source>
        <translation>“%1”不是 SellerDesk 可识别的币种</translation>
    </message>
    <message>
        <source>the amount has no currency</source>
        <translation>金额缺少币种</translation>
    </message>
    <message>
        <source>the amount has two decimal marks</source>
        <translation>金额中有两个小数点</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot; in the amount</source>
        <translation>金额中有无法识别的字符“%1”</translation>
    </message>
    <message>
        <source>the thousands separators are misplaced (if &apos;,&apos; is the decimal mark here, import with the comma decimal mark)</source>
        <translation>千位分隔符位置不正确（如果此处的“,”是小数点，请选择以逗号作为小数点导入）</translation>
    </message>
    <message>
        <source>the thousands separators are misplaced</source>
        <translation>千位分隔符位置不正确</translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s)</source>
        <translation>
            <numerusform>%1 最多只有 %n 位小数</numerusform>
        </translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>金额过大</translation>
    </message>
</context>
<context>
    <name>sd::OrderColumns</name>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Line item (child) ID</source>
        <translation>子订单号</translation>
    </message>
    <message>
        <source>Fulfillment model</source>
        <translation>履约模式</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Logistics status</source>
        <translation>物流状态</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>买家姓名</translation>
    </message>
    <message>
        <source>Buyer login ID</source>
        <translation>买家登录 ID</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Product total</source>
        <translation>商品总额</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>Commission rate</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Affiliate rate</source>
        <translation>联盟佣金比例</translation>
    </message>
    <message>
        <source>Order time</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Payment time</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Shipping time</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>确认收货时间</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <source>Buyer&apos;s chosen logistics</source>
        <translation>买家选择的物流</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Carrier: tracking number</source>
        <translation>物流公司：运单号</translation>
    </message>
    <message>
        <source>Product information (text)</source>
        <translation>商品信息（文本）</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>商品 ID</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Line item status</source>
        <translation>子订单状态</translation>
    </message>
    <message>
        <source>Shipped by</source>
        <translation>发货方</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Staff note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>复核日期</translation>
    </message>
</context>
<context>
    <name>sd::OrderExporter</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
</context>
<context>
    <name>sd::OrderImporter</name>
    <message>
        <source>%1: the workspace refused the import: %2</source>
        <translation>%1: 工作区拒绝了本次导入：%2</translation>
    </message>
    <message>
        <source>there is no store named &quot;%1&quot;; add it on the Stores page first</source>
        <translation>不存在名为“%1”的店铺；请先在“店铺”页面添加</translation>
    </message>
    <message>
        <source>the row names no store; choose the store to import into</source>
        <translation>该行未指明店铺；请选择要导入的店铺</translation>
    </message>
    <message>
        <source>the order ID is empty</source>
        <translation>订单号为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order ID</source>
        <translation>“%1”不是有效的订单号</translation>
    </message>
    <message>
        <source>unknown fulfillment model &quot;%1&quot;; use one of %2</source>
        <translation>未知履约模式“%1”；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>unknown order status &quot;%1&quot;</source>
        <translation>未知订单状态“%1”</translation>
    </message>
    <message>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>未知币种“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: %2</source>
        <translation>“%1”不是有效金额：%2</translation>
    </message>
    <message>
        <source>the amount is in %1 but the order is in %2</source>
        <translation>金额币种为 %1，但订单币种为 %2</translation>
    </message>
    <message>
        <source>the amount %1 is negative</source>
        <translation>金额 %1 为负数</translation>
    </message>
    <message>
        <source>the order time is empty</source>
        <translation>下单时间为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DD HH:MM:SS)</source>
        <translation>“%1”不是有效的日期时间（YYYY-MM-DD HH:MM:SS）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是有效的日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the line item ID is empty</source>
        <translation>子订单号为空</translation>
    </message>
    <message>
        <source>quantity &quot;%1&quot; is not a positive whole number</source>
        <translation>数量“%1”不是正整数</translation>
    </message>
    <message>
        <source>product %1: price &quot;%2&quot; is not an amount in %3</source>
        <translation>第 %1 个商品：价格“%2”不是有效的 %3 金额</translation>
    </message>
    <message>
        <source>order %1 already appears on line %2 with different data</source>
        <translation>订单 %1 已在第 %2 行出现，但数据不同</translation>
    </message>
    <message>
        <source>line item %1 of order %2 already appears on line %3 with different data</source>
        <translation>订单 %2 的子订单 %1 已在第 %3 行出现，但数据不同</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: 文件为空</translation>
    </message>
    <message>
        <source>%1:%2: the header has no column for: %3. Map the columns for this layout and import again.</source>
        <translation>%1:%2: 表头中缺少以下列：%3。请为此文件格式设置列映射后重新导入。</translation>
    </message>
    <message>
        <source>the store chosen for the import does not exist</source>
        <translation>为本次导入选择的店铺不存在</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>该行有 %1 个字段，但表头有 %2 个</translation>
    </message>
    <message>
        <source>%1:%2: the file has a header but no orders</source>
        <translation>%1:%2: 文件只有表头，没有订单</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate between 0 and 100 %: %2</source>
        <translation>“%1”不是 0 到 100 % 之间的比例：%2</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1：未导入：%2</translation>
    </message>
    <message>
        <source>%1:%2: the file does not say how its orders are fulfilled, and order %3 is new: choose the fulfillment model of its new orders (on the command line: --model %4)</source>
        <translation>%1:%2：文件没有说明订单的履约模式，而订单 %3 是新订单：请为新订单选择履约模式（命令行中使用 --model %4）</translation>
    </message>
    <message>
        <source>--model &quot;%1&quot; is not a fulfillment model; use one of %2</source>
        <translation>--model “%1”不是履约模式；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;; write its ISO code (ES) or its name in English or Chinese</source>
        <translation>未知国家“%1”；请填写其 ISO 代码（如 ES），或英文、中文名称</translation>
    </message>
    <message>
        <source>product %1 (&quot;%2&quot;): no quantity that SellerDesk can read; the seller center writes it as &quot;(产品数量:2 piece)&quot;</source>
        <translation>产品 %1（“%2”）：没有 SellerDesk 能读懂的数量；卖家后台的写法是“(产品数量:2 piece)”</translation>
    </message>
    <message numerus="yes">
        <source>product %1: the product total %2 leaves %3 for %n unit(s), not a whole amount per unit; check the quantity</source>
        <translation>
            <numerusform>产品 %1：产品总金额 %2 留给 %n 件的是 %3，无法均分到每件；请检查数量</numerusform>
        </translation>
    </message>
    <message>
        <source>the products add up to %1, but the product total is %2</source>
        <translation>各产品合计 %1，但产品总金额为 %2</translation>
    </message>
    <message>
        <source>order %1: the products add up to %2 and the product total is %3; the difference is the discount %4 the file states</source>
        <translation>订单 %1：各产品合计 %2，产品总金额为 %3；差额正是文件中写明的折扣 %4</translation>
    </message>
    <message numerus="yes">
        <source>order %1: the product text gives no price for %n of its products, so their unit prices are stored as 0 and only the order&apos;s product total %2 is known</source>
        <translation>
            <numerusform>订单 %1：产品信息中有 %n 个产品没有价格，其单价记为 0，只知道订单的产品总金额 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>order %1 is new, but order %2 is stored: %1 looks like %2 rounded by a spreadsheet to 15 significant digits</source>
        <translation>订单 %1 是新订单，但已存有订单 %2：%1 看起来是 %2 被电子表格舍入到 15 位有效数字的结果</translation>
    </message>
    <message>
        <source>%1 of %2 order IDs of 16 digits or more end in zeros past the 15th digit (the first: %3, line %4), as IDs do after a spreadsheet rounded them; import the seller center&apos;s original file, or keep the IDs as text</source>
        <translation>16 位及以上的订单号中，有 %1 个（共 %2 个）在第 15 位之后全是 0（第一个：%3，第 %4 行），这是电子表格舍入后的样子；请导入卖家后台的原始文件，或把订单号保存为文本</translation>
    </message>
</context>
<context>
    <name>sd::OrderRepository</name>
    <message>
        <source>the order no longer exists</source>
        <translation>该订单已不存在</translation>
    </message>
    <message>
        <source>the note is %1 characters long; keep it under 4000</source>
        <translation>备注长达 %1 个字符；请控制在 4000 个字符以内</translation>
    </message>
</context>
<context>
    <name>sd::OrderTerms</name>
    <message>
        <source>Awaiting payment</source>
        <translation>等待买家付款</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>买家申请取消</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>等待您发货</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <source>Awaiting buyer&apos;s receipt</source>
        <translation>等待买家收货</translation>
    </message>
    <message>
        <source>Funds processing</source>
        <translation>资金处理中</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>纠纷中</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>冻结中</translation>
    </message>
    <message>
        <source>Awaiting amount confirmation</source>
        <translation>等待您确认金额</translation>
    </message>
    <message>
        <source>Risk control (24 h hold)</source>
        <translation>风控中（24 小时）</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>订单结束</translation>
    </message>
    <message>
        <source>POP (self-operated)</source>
        <translation>POP（自营）</translation>
    </message>
    <message>
        <source>Semi-managed, warehouse</source>
        <translation>半托管（入仓）</translation>
    </message>
    <message>
        <source>Semi-managed, JIT</source>
        <translation>半托管（JIT）</translation>
    </message>
    <message>
        <source>Fully managed</source>
        <translation>全托管</translation>
    </message>
    <message>
        <source>Overseas managed</source>
        <translation>海外托管</translation>
    </message>
</context>
<context>
    <name>sd::OrdersTableModel</name>
    <message>
        <source>handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <source>handed over late</source>
        <translation>逾期交接</translation>
    </message>
    <message>
        <source>Handover deadline: %1</source>
        <translation>交接截止时间：%1</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>履约模式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>sd::ProductInfo</name>
    <message>
        <source>product %1: the quantity is empty</source>
        <translation>第 %1 个商品：数量为空</translation>
    </message>
    <message>
        <source>product %1: quantity &quot;%2&quot; is not a positive whole number</source>
        <translation>第 %1 个商品：数量“%2”不是正整数</translation>
    </message>
    <message>
        <source>product %1: quantity &quot;%2&quot; is more than %3</source>
        <translation>第 %1 个商品：数量“%2”超过 %3</translation>
    </message>
    <message>
        <source>product %1: the quantity is given twice, &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>第 %1 个商品：数量出现了两次（“%2”和“%3”）</translation>
    </message>
    <message>
        <source>product %1: the product ID is given twice, &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>第 %1 个商品：商品 ID 出现了两次（“%2”和“%3”）</translation>
    </message>
    <message>
        <source>product %1: the SKU code is given twice, &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>第 %1 个商品：SKU 编码出现了两次（“%2”和“%3”）</translation>
    </message>
    <message>
        <source>product %1: the price is given twice, &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>第 %1 个商品：价格出现了两次（“%2”和“%3”）</translation>
    </message>
    <message>
        <source>product %1: product ID &quot;%2&quot; is not a number</source>
        <translation>第 %1 个商品：商品 ID“%2”不是数字</translation>
    </message>
    <message>
        <source>product %1: no product name</source>
        <translation>第 %1 个商品：缺少商品名称</translation>
    </message>
</context>
<context>
    <name>sd::ProfitCalculator</name>
    <message>
        <source>&quot;%1&quot; is not a fulfillment model</source>
        <translation>“%1”不是有效的履约模式</translation>
    </message>
    <message>
        <source>needs the supply price</source>
        <translation>需要供货价</translation>
    </message>
    <message>
        <source>needs the selling price</source>
        <translation>需要售价</translation>
    </message>
    <message>
        <source>the quantity must be 1 or more</source>
        <translation>数量必须大于或等于 1</translation>
    </message>
    <message>
        <source>prices and costs cannot be negative</source>
        <translation>价格和成本不能为负数</translation>
    </message>
    <message>
        <source>Supply revenue</source>
        <translation>供货收入</translation>
    </message>
    <message>
        <source>Gross revenue</source>
        <translation>销售收入</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>not charged: the platform buys at the supply price</source>
        <translation>不收取：平台按供货价采购</translation>
    </message>
    <message>
        <source>entered: the product&apos;s category rate</source>
        <translation>手动输入：该商品所属类目的佣金率</translation>
    </message>
    <message>
        <source>no commission rate: enter the category&apos;s, or add the rule commission.default_category_rate</source>
        <translation>无佣金率：请输入该类目的佣金率，或添加规则 commission.default_category_rate</translation>
    </message>
    <message>
        <source>Commission before the waiver</source>
        <translation>减免前佣金</translation>
    </message>
    <message>
        <source>%1 % of the gross revenue</source>
        <translation>销售收入的 %1%</translation>
    </message>
    <message>
        <source>Commission reduction</source>
        <translation>佣金减免</translation>
    </message>
    <message>
        <source>Commission waived</source>
        <translation>佣金减免</translation>
    </message>
    <message>
        <source>%1 % of the commission</source>
        <translation>佣金的 %1%</translation>
    </message>
    <message>
        <source>no rule in force</source>
        <translation>无生效规则</translation>
    </message>
    <message>
        <source>Commission charged</source>
        <translation>实扣佣金</translation>
    </message>
    <message>
        <source>before the waiver, less the waiver</source>
        <translation>减免前佣金减去减免金额</translation>
    </message>
    <message>
        <source>Affiliate fee</source>
        <translation>联盟佣金</translation>
    </message>
    <message>
        <source>%1 % of the orders × %2 % commission</source>
        <translation>%1% 的订单 × %2% 佣金</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <source>Product cost</source>
        <translation>商品成本</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>First mile to the pickup</source>
        <translation>头程（至揽收点）</translation>
    </message>
    <message>
        <source>First mile to the overseas warehouse</source>
        <translation>头程（至海外仓）</translation>
    </message>
    <message>
        <source>First mile to the warehouse</source>
        <translation>头程（至仓库）</translation>
    </message>
    <message>
        <source>Shipping to the buyer</source>
        <translation>发往买家的运费</translation>
    </message>
    <message>
        <source>Pickup fee</source>
        <translation>揽收费</translation>
    </message>
    <message>
        <source>Warehouse operation fee</source>
        <translation>仓内操作费</translation>
    </message>
    <message>
        <source>Warehouse rent</source>
        <translation>仓租</translation>
    </message>
    <message>
        <source>entered for this product</source>
        <translation>为此商品手动输入</translation>
    </message>
    <message>
        <source>the fee rule is in %1: enter this product&apos;s fee to value the waiver</source>
        <translation>该费用规则以 %1 计价：请输入此商品的费用以计算减免金额</translation>
    </message>
    <message>
        <source>no fee rule in force</source>
        <translation>无生效的费用规则</translation>
    </message>
    <message>
        <source>%1 waived</source>
        <translation>%1减免</translation>
    </message>
    <message>
        <source>%1 % of the fee</source>
        <translation>费用的 %1%</translation>
    </message>
    <message>
        <source>Warehouse fees charged</source>
        <translation>实扣仓库费用</translation>
    </message>
    <message>
        <source>the fees above, less what is waived</source>
        <translation>以上费用减去减免金额</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>the amounts are too large to compute exactly</source>
        <translation>金额过大，无法精确计算</translation>
    </message>
    <message>
        <source>Advance payment</source>
        <translation>预付款</translation>
    </message>
    <message>
        <source>%1 % of the net revenue, paid when the goods enter the warehouse (products the platform marks popular)</source>
        <translation>净收入的 %1%，在商品入仓时支付（适用于平台标记为爆款的商品）</translation>
    </message>
    <message>
        <source>The POP price rule is in %1: check this %2 price against %3 yourself.</source>
        <translation>POP 价格规则以 %1 计价：请自行将此 %2 价格与 %3 进行比较。</translation>
    </message>
    <message>
        <source>POP products priced below %1 must go semi-managed (the transition ended on %2).</source>
        <translation>售价低于 %1 的 POP 商品必须转为半托管（过渡期已于 %2 结束）。</translation>
    </message>
    <message>
        <source>Priced below %1: POP is allowed only until %2, then semi-managed is required.</source>
        <translation>售价低于 %1：POP 仅可沿用至 %2，之后必须转为半托管。</translation>
    </message>
    <message>
        <source>the transition ends</source>
        <translation>过渡期结束</translation>
    </message>
    <message>
        <source>Choice band: Under %1.</source>
        <translation>Choice 价格带：低于 %1。</translation>
    </message>
    <message>
        <source>Choice band: %1 to %2.</source>
        <translation>Choice 价格带：%1 至 %2。</translation>
    </message>
    <message>
        <source>Choice band: Above %1.</source>
        <translation>Choice 价格带：高于 %1。</translation>
    </message>
    <message>
        <source>Under the %1 free-shipping threshold: the buyer pays for shipping unless the basket reaches it.</source>
        <translation>低于 %1 包邮门槛：除非订单总额达到该门槛，否则需由买家支付运费。</translation>
    </message>
    <message>
        <source>Negative margin: this model loses %1.</source>
        <translation>利润率为负：此履约模式亏损 %1。</translation>
    </message>
    <message>
        <source>no model could be computed</source>
        <translation>所有履约模式均无法计算</translation>
    </message>
    <message>
        <source>%1 is the only model that could be computed</source>
        <translation>%1 是唯一可计算的履约模式</translation>
    </message>
    <message>
        <source>%1 and %2 earn the same; %1 is listed first</source>
        <translation>%1 与 %2 利润相同；%1 排在前面</translation>
    </message>
    <message>
        <source>%1 earns %2, %3 more than %4, the next best</source>
        <translation>%1 利润为 %2，比次优的 %4 多 %3</translation>
    </message>
</context>
<context>
    <name>sd::Rate</name>
    <message>
        <source>the value is empty</source>
        <translation>数值为空</translation>
    </message>
    <message numerus="yes">
        <source>more than %n decimal place(s)</source>
        <translation>
            <numerusform>小数位数超过 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>数字过大</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>无法识别的字符“%1”</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>没有数字</translation>
    </message>
    <message>
        <source>the rate is out of range</source>
        <translation>比率超出范围</translation>
    </message>
</context>
<context>
    <name>sd::RecordImporter</name>
    <message>
        <source>%1: the workspace refused the import: %2</source>
        <translation>%1: 工作区拒绝了本次导入：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: 文件为空</translation>
    </message>
    <message>
        <source>%1:%2: the header has no column for: %3</source>
        <translation>%1:%2: 表头中缺少以下列：%3</translation>
    </message>
    <message>
        <source>the store chosen for the import does not exist</source>
        <translation>为本次导入选择的店铺不存在</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>该行有 %1 个字段，但表头有 %2 个</translation>
    </message>
    <message>
        <source>there is no store named &quot;%1&quot;; add it on the Stores page first</source>
        <translation>不存在名为“%1”的店铺；请先在“店铺”页面添加</translation>
    </message>
    <message>
        <source>which store? The file has no store column; choose the store for the import</source>
        <translation>属于哪个店铺？文件中没有店铺列；请为本次导入选择店铺</translation>
    </message>
    <message>
        <source>%1:%2: the file has a header but no rows</source>
        <translation>%1:%2: 文件只有表头，没有数据行</translation>
    </message>
    <message>
        <source>%1 is also on line %2 with different data</source>
        <translation>%1 也出现在第 %2 行，但数据不同</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1：未导入：%2</translation>
    </message>
</context>
<context>
    <name>sd::RecordSource</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开：%2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 文件不存在</translation>
    </message>
    <message>
        <source>%1 is %2, over the import limit of %3 (Workspace Settings); split the file or raise the limit</source>
        <translation>%1 大小为 %2，超过导入上限 %3（工作区设置）；请拆分文件或提高上限</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it</source>
        <translation>%1 是文件夹；请选择其中的一个文件</translation>
    </message>
</context>
<context>
    <name>sd::ReplyDrafter</name>
    <message>
        <source>the template library is empty</source>
        <translation>模板库为空</translation>
    </message>
    <message>
        <source>there is no template &quot;%1&quot;</source>
        <translation>模板“%1”不存在</translation>
    </message>
    <message>
        <source>template &quot;%1&quot; has no %2 text (it has: %3)</source>
        <translation>模板“%1”没有 %2 文本（现有：%3）</translation>
    </message>
</context>
<context>
    <name>sd::ReplyRenderer</name>
    <message>
        <source>The buyer&apos;s name, from the claim or its order</source>
        <translation>买家姓名，取自索赔或其订单</translation>
    </message>
    <message>
        <source>The order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>The product that arrived damaged</source>
        <translation>到货时破损的商品</translation>
    </message>
    <message>
        <source>How many units are affected</source>
        <translation>受影响的件数</translation>
    </message>
    <message>
        <source>The refund, in the buyer&apos;s money format</source>
        <translation>退款金额，按买家的货币格式显示</translation>
    </message>
    <message>
        <source>The coupon code offered</source>
        <translation>提供的优惠券码</translation>
    </message>
    <message>
        <source>The coupon&apos;s value, in the buyer&apos;s money format</source>
        <translation>优惠券面额，按买家的货币格式显示</translation>
    </message>
    <message>
        <source>The tracking number of the replacement</source>
        <translation>补发商品的物流单号</translation>
    </message>
    <message>
        <source>The store&apos;s name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>Your name, as you sign replies (a setting)</source>
        <translation>你的署名，用于回复落款（在设置中填写）</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder SellerDesk knows</source>
        <translation>{%1} 不是 SellerDesk 可识别的占位符</translation>
    </message>
    <message>
        <source>{%1} has no value for this claim</source>
        <translation>{%1} 在此索赔中没有值</translation>
    </message>
    <message>
        <source>a brace that is not part of a placeholder: write {{ or }} for a literal brace</source>
        <translation>存在不属于占位符的花括号：如需输入花括号本身，请写成 {{ 或 }}</translation>
    </message>
    <message>
        <source>The smallest order the coupon applies to, in the buyer&apos;s money format</source>
        <translation>优惠券适用的最低订单金额（买家的货币格式）</translation>
    </message>
    <message>
        <source>The last day the coupon can be used, as the buyer writes dates</source>
        <translation>优惠券最后可用日期（买家习惯的日期格式）</translation>
    </message>
</context>
<context>
    <name>sd::ReplyTemplateJson</name>
    <message>
        <source>a template needs a key</source>
        <translation>模板须有键名</translation>
    </message>
    <message>
        <source>a key is at most 60 characters</source>
        <translation>键名最多 60 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a key is lower-case letters, digits and _, starting with a letter</source>
        <translation>“%1”：键名只能包含小写字母、数字和 _，且须以字母开头</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>a template library is a JSON object</source>
        <translation>模板库须为 JSON 对象</translation>
    </message>
    <message>
        <source>this is not a SellerDesk template library (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>这不是 SellerDesk 模板库（&quot;format&quot; 须为 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>this SellerDesk reads template libraries of version 1</source>
        <translation>此版本的 SellerDesk 只能读取版本 1 的模板库</translation>
    </message>
    <message>
        <source>a list of templates is expected</source>
        <translation>此处应为模板列表</translation>
    </message>
    <message>
        <source>the library has no templates</source>
        <translation>模板库中没有模板</translation>
    </message>
    <message>
        <source>a template is a JSON object</source>
        <translation>模板须为 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>“%1”出现了两次</translation>
    </message>
    <message>
        <source>a template needs an English title</source>
        <translation>模板须有英文标题</translation>
    </message>
    <message>
        <source>a template needs its text in at least one language</source>
        <translation>模板须至少有一种语言的文本</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>文本为空</translation>
    </message>
    <message>
        <source>the text holds half a character (a lone \uD800 to \uDFFF escape)</source>
        <translation>文本含有半个字符（单独的 \uD800 至 \uDFFF 转义）</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as en, pt, pt_BR or es_419</source>
        <translation>“%1”不是语言代码（如 en、pt、pt_BR 或 es_419）</translation>
    </message>
</context>
<context>
    <name>sd::ReportBuilder</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Days and times in %1. The claims are those opened in the period, with where they stand now.</source>
        <translation>日期和时间均为 %1。所列索赔为期间内发起的索赔及其当前状态。</translation>
    </message>
    <message>
        <source>Claims opened in the period</source>
        <translation>期间内发起的索赔</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>索赔</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决方式</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>No claim was opened in the period.</source>
        <translation>期间内没有发起索赔。</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation>共 %2 条，仅列出前 %1 条。</translation>
    </message>
    <message>
        <source>Claims by cause</source>
        <translation>按原因统计索赔</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>索赔数</translation>
    </message>
    <message>
        <source>Units affected</source>
        <translation>涉及件数</translation>
    </message>
    <message>
        <source>Share of claims</source>
        <translation>索赔占比</translation>
    </message>
    <message>
        <source>Claims by resolution</source>
        <translation>按处理方式统计索赔</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation>尚未处理</translation>
    </message>
    <message>
        <source>Replies sent in the period</source>
        <translation>期间内发送的回复</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送人</translation>
    </message>
    <message>
        <source>No reply was sent in the period.</source>
        <translation>期间内未发送回复。</translation>
    </message>
    <message>
        <source>Damage rate per product</source>
        <translation>各商品破损率</translation>
    </message>
    <message>
        <source>Damaged units (claims for logistics damage, packaging or an unknown cause, not rejected) / units shipped in the period. Over the threshold: above %1 with at least %2 units shipped.</source>
        <translation>破损件数（原因为物流破损、包装或不明且未被驳回的索赔）/ 期间内发货件数。超过阈值：破损率高于 %1 且发货不少于 %2 件。</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>商品 ID</translation>
    </message>
    <message>
        <source>Units shipped</source>
        <translation>发货件数</translation>
    </message>
    <message>
        <source>Damaged units</source>
        <translation>破损件数</translation>
    </message>
    <message>
        <source>Damage rate</source>
        <translation>破损率</translation>
    </message>
    <message>
        <source>Over the threshold</source>
        <translation>超过阈值</translation>
    </message>
    <message>
        <source>No damage claim names a product in the period.</source>
        <translation>期间内没有涉及具体商品的破损索赔。</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Claims opened</source>
        <translation>新增索赔</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Average days to resolve</source>
        <translation>平均处理天数</translation>
    </message>
    <message>
        <source>Replies sent</source>
        <translation>已发送回复</translation>
    </message>
    <message>
        <source>Products over the damage-rate threshold</source>
        <translation>超过破损率阈值的商品</translation>
    </message>
    <message>
        <source>Refunded (%1)</source>
        <translation>已退款（%1）</translation>
    </message>
    <message>
        <source>Coupons (%1)</source>
        <translation>优惠券（%1）</translation>
    </message>
    <message>
        <source>Days and times in %1. Lists as they stood at %2.</source>
        <translation>日期和时间均为 %1。列表为截至 %2 的状态。</translation>
    </message>
    <message>
        <source>Fulfillment model</source>
        <translation>履约模式</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Handover deadline</source>
        <translation>交接截止时间</translation>
    </message>
    <message>
        <source>Hours overdue</source>
        <translation>逾期小时数</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>剩余小时数</translation>
    </message>
    <message>
        <source>No handover was overdue.</source>
        <translation>没有已逾期的交接。</translation>
    </message>
    <message>
        <source>No other handover was due that day.</source>
        <translation>当天没有其他到期的交接。</translation>
    </message>
    <message>
        <source>Handovers overdue</source>
        <translation>已逾期的交接</translation>
    </message>
    <message>
        <source>Handovers due by the end of the day</source>
        <translation>当天结束前到期的交接</translation>
    </message>
    <message>
        <source>Orders in risk control or frozen</source>
        <translation>风控中或已冻结的订单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>No order was held.</source>
        <translation>没有风控中或已冻结的订单。</translation>
    </message>
    <message>
        <source>Products refunded too often</source>
        <translation>退款过多的商品</translation>
    </message>
    <message>
        <source>Refunded line items / shipped line items over %1 days; listed above %2 with at least %3 shipped.</source>
        <translation>%1 天内退款商品行 / 发货商品行；列出退款率高于 %2 且发货不少于 %3 的商品。</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation>退款率</translation>
    </message>
    <message>
        <source>No product was over the refund-rate threshold.</source>
        <translation>没有商品超过退款率阈值。</translation>
    </message>
    <message>
        <source>Products damaged too often</source>
        <translation>破损过于频繁的商品</translation>
    </message>
    <message>
        <source>Damaged units / shipped units over %1 days; listed above %2 with at least %3 shipped.</source>
        <translation>%1 天内破损件数 / 发货件数；列出破损率高于 %2 且发货不少于 %3 件的商品。</translation>
    </message>
    <message>
        <source>Shipped units</source>
        <translation>发货件数</translation>
    </message>
    <message>
        <source>No product was over the damage-rate threshold.</source>
        <translation>没有商品超过破损率阈值。</translation>
    </message>
    <message>
        <source>Disputes, chargebacks and deductions needing an answer</source>
        <translation>待处理的纠纷、拒付和扣款</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Due or made</source>
        <translation>到期/发生时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>No dispute, chargeback or deduction needed an answer.</source>
        <translation>没有待处理的纠纷、拒付或扣款。</translation>
    </message>
    <message>
        <source>Dispute response overdue</source>
        <translation>纠纷响应已逾期</translation>
    </message>
    <message>
        <source>Dispute response due that day</source>
        <translation>纠纷响应当天到期</translation>
    </message>
    <message>
        <source>Chargeback defence due</source>
        <translation>拒付抗辩到期</translation>
    </message>
    <message>
        <source>Unfair deduction not appealed</source>
        <translation>不合理扣款未申诉</translation>
    </message>
    <message>
        <source>Claims waiting for a reply</source>
        <translation>待回复的索赔</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更时间</translation>
    </message>
    <message>
        <source>Every claim had its reply.</source>
        <translation>所有索赔均已回复。</translation>
    </message>
    <message>
        <source>Handovers done late that day</source>
        <translation>当天延迟完成的交接</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交接时间</translation>
    </message>
    <message>
        <source>Hours late</source>
        <translation>延迟小时数</translation>
    </message>
    <message>
        <source>No handover was late that day.</source>
        <translation>当天没有延迟的交接。</translation>
    </message>
    <message>
        <source>Disputes opened or closed that day</source>
        <translation>当天新增或关闭的纠纷</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>纠纷编号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No dispute was opened or closed that day.</source>
        <translation>当天没有新增或关闭的纠纷。</translation>
    </message>
    <message>
        <source>Claims opened or resolved that day</source>
        <translation>当天新增或处理完成的索赔</translation>
    </message>
    <message>
        <source>No claim was opened or resolved that day.</source>
        <translation>当天没有新增或处理完成的索赔。</translation>
    </message>
    <message>
        <source>Deductions that day</source>
        <translation>当天扣款</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Marked unfair</source>
        <translation>已标记为不合理</translation>
    </message>
    <message>
        <source>Nothing was deducted that day.</source>
        <translation>当天无扣款。</translation>
    </message>
    <message>
        <source>Orders in risk control</source>
        <translation>风控中的订单</translation>
    </message>
    <message>
        <source>Orders frozen</source>
        <translation>已冻结的订单</translation>
    </message>
    <message>
        <source>Orders never reviewed</source>
        <translation>从未复核的订单</translation>
    </message>
    <message>
        <source>Dispute responses overdue</source>
        <translation>已逾期的纠纷响应</translation>
    </message>
    <message>
        <source>Dispute responses due that day</source>
        <translation>当天到期的纠纷响应</translation>
    </message>
    <message>
        <source>Chargeback defences due</source>
        <translation>到期的拒付抗辩</translation>
    </message>
    <message>
        <source>Unfair deductions not appealed</source>
        <translation>未申诉的不合理扣款</translation>
    </message>
    <message>
        <source>Disputes opened</source>
        <translation>新增纠纷</translation>
    </message>
    <message>
        <source>Disputes closed</source>
        <translation>已关闭纠纷</translation>
    </message>
    <message>
        <source>Claims resolved</source>
        <translation>已处理索赔</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Deducted (%1)</source>
        <translation>扣款（%1）</translation>
    </message>
    <message>
        <source>Each store&apos;s month in its own time zone. Orders count in the month they were paid; refunds in the month the order shipped.</source>
        <translation>各店铺的月份按其所在时区计算。订单计入付款当月；退款计入订单发货当月。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Commission charged</source>
        <translation>实扣佣金</translation>
    </message>
    <message>
        <source>Commission waived</source>
        <translation>佣金减免</translation>
    </message>
    <message>
        <source>Subsidies captured</source>
        <translation>已获补贴</translation>
    </message>
    <message>
        <source>Chargebacks</source>
        <translation>拒付</translation>
    </message>
    <message>
        <source>Net received</source>
        <translation>实收净额</translation>
    </message>
    <message>
        <source>Projected tier</source>
        <translation>预估分层</translation>
    </message>
    <message>
        <source>Orders and GMV by fulfillment model</source>
        <translation>按履约模式统计的订单与 GMV</translation>
    </message>
    <message>
        <source>GMV is the product total of the orders paid in the month. Commission waived is what the same orders would have paid as POP orders, less what they paid.</source>
        <translation>GMV 为当月已付款订单的商品总额。佣金减免为这些订单按自运营(POP)订单应付的佣金减去实际支付的佣金。</translation>
    </message>
    <message>
        <source>No order was paid in the month.</source>
        <translation>当月没有已付款订单。</translation>
    </message>
    <message>
        <source>Orders per day</source>
        <translation>每日订单</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Commission saved by semi-managed orders and warehouse fees waived, from the rules in force at the end of the month. POP commission that warehousing would waive is what the POP orders paid that semi-managed (warehouse) would not have.</source>
        <translation>半托管订单节省的佣金及减免的仓储费，按月末生效的规则计算。入仓可减免的自运营(POP)佣金，指自运营(POP)订单已支付、而半托管（入仓）模式下无需支付的佣金。</translation>
    </message>
    <message>
        <source>Commission saved</source>
        <translation>节省佣金</translation>
    </message>
    <message>
        <source>Warehouse fees waived</source>
        <translation>减免的仓库费用</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>已获补贴</translation>
    </message>
    <message>
        <source>Advance payment eligible</source>
        <translation>符合提前放款条件</translation>
    </message>
    <message>
        <source>POP commission warehousing would waive</source>
        <translation>入仓可减免的自运营(POP)佣金</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Line items of the orders shipped in the month; a line item counts as refunded when any amount of it was refunded.</source>
        <translation>统计当月发货订单的商品行；商品行只要有任何金额退款即计为已退款。</translation>
    </message>
    <message>
        <source>Line items shipped</source>
        <translation>已发货商品行</translation>
    </message>
    <message>
        <source>Line items refunded</source>
        <translation>已退款商品行</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Disputes and their outcomes</source>
        <translation>纠纷及处理结果</translation>
    </message>
    <message>
        <source>Disputes opened in the month, by outcome so far.</source>
        <translation>当月发起的纠纷，按目前结果统计。</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>升级至平台</translation>
    </message>
    <message>
        <source>At the seller&apos;s cost</source>
        <translation>卖家责任</translation>
    </message>
    <message>
        <source>No dispute was opened in the month.</source>
        <translation>当月未发起纠纷。</translation>
    </message>
    <message>
        <source>Chargebacks filed in the month, by outcome so far.</source>
        <translation>当月发起的拒付，按目前结果统计。</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>冻结中</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已追回</translation>
    </message>
    <message>
        <source>No chargeback was filed in the month.</source>
        <translation>当月未发起拒付。</translation>
    </message>
    <message>
        <source>Ledger reconciliation</source>
        <translation>流水对账</translation>
    </message>
    <message>
        <source>The Alipay ledger against the orders: what the orders paid in the month should bring (product total less commission and refunds) and what the account received. Payouts follow orders by the settlement period, so a month rarely matches to the cent.</source>
        <translation>支付宝账户流水与订单核对：当月支付订单的应收金额（商品总额减去佣金和退款）与账户实际到账金额。放款按结算周期滞后于订单，因此单月金额很少能精确到分。</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>放款</translation>
    </message>
    <message>
        <source>Recovered on appeal</source>
        <translation>申诉已追回</translation>
    </message>
    <message>
        <source>Orders should bring</source>
        <translation>订单应收</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Deductions by reason</source>
        <translation>扣款原因分布</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>扣款金额</translation>
    </message>
    <message>
        <source>Nothing was deducted in the month.</source>
        <translation>当月无扣款。</translation>
    </message>
    <message>
        <source>Projected tier and indicators</source>
        <translation>预估分层与指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Next level at</source>
        <translation>下一等级阈值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Top products by earnings</source>
        <translation>收益最高的商品</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>收益</translation>
    </message>
    <message>
        <source>No product was sold in the month.</source>
        <translation>当月无商品售出。</translation>
    </message>
    <message>
        <source>Top products by refund rate</source>
        <translation>退款率最高的商品</translation>
    </message>
    <message>
        <source>Products with at least %1 line items shipped in the month (the refund-rate rule&apos;s minimum sample).</source>
        <translation>当月发货商品行不少于 %1 的商品（退款率规则的最小样本量）。</translation>
    </message>
    <message>
        <source>No product shipped %1 line items in the month.</source>
        <translation>当月没有发货商品行达到 %1 的商品。</translation>
    </message>
    <message>
        <source>the store %1 cannot be read</source>
        <translation>无法读取店铺 %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未注明原因）</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Orders per day by fulfillment model</source>
        <translation>每日订单数（按履约模式）</translation>
    </message>
    <message>
        <source>GMV by fulfillment model (%1)</source>
        <translation>GMV（按履约模式，%1）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>the daily review needs a date (YYYY-MM-DD)</source>
        <translation>每日复盘需要指定日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the monthly report needs a month (YYYY-MM)</source>
        <translation>店铺月报需要指定月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>the claims report needs a first and a last day (YYYY-MM-DD)</source>
        <translation>索赔报表需要指定开始日期和结束日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the claims report starts on %1, after its last day %2</source>
        <translation>索赔报表的开始日期 %1 晚于结束日期 %2</translation>
    </message>
    <message>
        <source>the claims report covers at most five years</source>
        <translation>索赔报表最长覆盖五年</translation>
    </message>
    <message>
        <source>the report&apos;s time zone is not valid</source>
        <translation>报表时区无效</translation>
    </message>
    <message>
        <source>there is no store with id %1</source>
        <translation>不存在 ID 为 %1 的店铺</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Sales less their share of the order&apos;s commission and less refunds, for the orders paid in the month; product costs are not in the workspace, so this is before cost. Products are told apart by product ID, else by SKU code, else by name.</source>
        <translation>当月付款订单的销售额，减去其分摊的订单佣金和退款；工作区中没有产品成本，因此为扣除成本前的收益。产品按产品 ID 区分，没有时按商家编码，再没有时按名称。</translation>
    </message>
</context>
<context>
    <name>sd::ReportDocument</name>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Daily review</source>
        <translation>每日复盘</translation>
    </message>
    <message>
        <source>Monthly store report</source>
        <translation>店铺月报</translation>
    </message>
    <message>
        <source>Claims report</source>
        <translation>索赔报表</translation>
    </message>
</context>
<context>
    <name>sd::ReportExporter</name>
    <message>
        <source>%1: cannot write: no room for temporary files (%2)</source>
        <translation>%1：无法写入：临时文件空间不足（%2）</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 无法写入：%2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间口径</translation>
    </message>
    <message>
        <source>PDF reports need the graphical libraries, which this program was built without</source>
        <translation>PDF 报表需要图形库，但本程序构建时未包含图形库</translation>
    </message>
</context>
<context>
    <name>sd::ReportRenderer</name>
    <message>
        <source>Nothing to report.</source>
        <translation>无报表内容。</translation>
    </message>
    <message>
        <source>the page is too small for the report</source>
        <translation>页面太小，无法容纳报表</translation>
    </message>
    <message>
        <source>cannot paint on the printer or file</source>
        <translation>无法在打印机或文件上绘制</translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation>无法开始第 %1 页</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 无法写入：%2</translation>
    </message>
</context>
<context>
    <name>sd::RuleCatalog</name>
    <message>
        <source>POP price below which semi-managed is required</source>
        <translation>POP 商品须转半托管的价格门槛</translation>
    </message>
    <message>
        <source>POP products priced below this must adopt semi-managed fulfillment.</source>
        <translation>售价低于此值的 POP 商品须采用半托管履约。</translation>
    </message>
    <message>
        <source>End of the POP under-threshold transition</source>
        <translation>POP 低于门槛商品过渡期截止日</translation>
    </message>
    <message>
        <source>Until this date POP shipping timelines remain acceptable for products under the threshold.</source>
        <translation>在此日期之前，低于门槛的商品仍可沿用 POP 发货时效。</translation>
    </message>
    <message>
        <source>Warehoused semi-managed: commission waived</source>
        <translation>半托管入仓：佣金减免</translation>
    </message>
    <message>
        <source>Share of the transaction commission waived for semi-managed products that enter the warehouse.</source>
        <translation>入仓的半托管商品可减免的交易佣金比例。</translation>
    </message>
    <message>
        <source>Semi-managed JIT: commission reduction</source>
        <translation>半托管 JIT：佣金减免</translation>
    </message>
    <message>
        <source>Share of the transaction commission waived for JIT shipments.</source>
        <translation>JIT 发货可减免的交易佣金比例。</translation>
    </message>
    <message>
        <source>Warehoused semi-managed: pickup fee waived</source>
        <translation>半托管入仓：揽收费减免</translation>
    </message>
    <message>
        <source>Share of the door-to-door pickup fee waived for warehoused semi-managed products.</source>
        <translation>入仓半托管商品可减免的上门揽收费比例。</translation>
    </message>
    <message>
        <source>Warehoused semi-managed: operation fee waived</source>
        <translation>半托管入仓：操作费减免</translation>
    </message>
    <message>
        <source>Share of the in-warehouse operation fee waived.</source>
        <translation>仓内操作费的减免比例。</translation>
    </message>
    <message>
        <source>Warehoused semi-managed: warehouse rent waived</source>
        <translation>半托管入仓：仓租减免</translation>
    </message>
    <message>
        <source>Share of the warehouse rent waived.</source>
        <translation>仓租的减免比例。</translation>
    </message>
    <message>
        <source>Popular warehoused products: advance payment</source>
        <translation>入仓爆款商品：预付款</translation>
    </message>
    <message>
        <source>Share of the amount paid in advance for popular warehoused semi-managed products.</source>
        <translation>入仓半托管爆款商品可提前支付的货款比例。</translation>
    </message>
    <message>
        <source>JIT handover to the Cainiao pickup</source>
        <translation>JIT 交接菜鸟揽收</translation>
    </message>
    <message>
        <source>Hours after payment within which a JIT order must be collected by the Cainiao pickup.</source>
        <translation>JIT 订单须在付款后多少小时内由菜鸟完成揽收。</translation>
    </message>
    <message>
        <source>JIT self-delivery to the warehouse</source>
        <translation>JIT 自送入仓</translation>
    </message>
    <message>
        <source>Hours after payment within which a self-delivered JIT order must reach the named warehouse.</source>
        <translation>自送的 JIT 订单须在付款后多少小时内送达指定仓库。</translation>
    </message>
    <message>
        <source>Risk-control hold after payment</source>
        <translation>付款后风控审核期</translation>
    </message>
    <message>
        <source>Hours an order stays in risk control (RISK_CONTROL) after the buyer pays.</source>
        <translation>买家付款后订单处于风控审核（RISK_CONTROL）状态的小时数。</translation>
    </message>
    <message>
        <source>POP delivery-time limit for new products</source>
        <translation>POP 新品履约时效</translation>
    </message>
    <message>
        <source>Delivery assessment time limit for POP products online for less than the new-product window.</source>
        <translation>上架时间未满新品期的 POP 商品适用的履约考核时效。</translation>
    </message>
    <message>
        <source>New-product window</source>
        <translation>新品期</translation>
    </message>
    <message>
        <source>Days after going online during which a product counts as new.</source>
        <translation>商品上架后多少天内视为新品。</translation>
    </message>
    <message>
        <source>Choice &quot;Under&quot; price band upper bound</source>
        <translation>Choice “Under”价格带上限</translation>
    </message>
    <message>
        <source>Choice products priced under this are in the lowest band (&quot;Under $5&quot;).</source>
        <translation>售价低于此值的 Choice 商品归入最低价格带（“Under $5”）。</translation>
    </message>
    <message>
        <source>Choice &quot;Above&quot; price band lower bound</source>
        <translation>Choice “Above”价格带下限</translation>
    </message>
    <message>
        <source>Choice products priced above this are in the highest band (&quot;Above $15&quot;).</source>
        <translation>售价高于此值的 Choice 商品归入最高价格带（“Above $15”）。</translation>
    </message>
    <message>
        <source>Choice free-shipping threshold</source>
        <translation>Choice 包邮门槛</translation>
    </message>
    <message>
        <source>Choice orders above this amount ship free.</source>
        <translation>Choice 订单金额超过此值即可包邮。</translation>
    </message>
    <message>
        <source>Default category commission</source>
        <translation>默认类目佣金</translation>
    </message>
    <message>
        <source>Transaction commission used when a product&apos;s category rate is unknown (typically 5-8 %).</source>
        <translation>商品所属类目的佣金率未知时使用的交易佣金（通常为 5%–8%）。</translation>
    </message>
    <message>
        <source>Lowest affiliate commission a seller may set</source>
        <translation>卖家可设置的最低联盟佣金</translation>
    </message>
    <message>
        <source>Affiliate commission is charged on confirmed receipt, pro rata on partial refunds.</source>
        <translation>联盟佣金在买家确认收货时收取，部分退款时按比例计算。</translation>
    </message>
    <message>
        <source>Highest affiliate commission a seller may set</source>
        <translation>卖家可设置的最高联盟佣金</translation>
    </message>
    <message>
        <source>Dispute: buyer may open after full shipment</source>
        <translation>纠纷：全部发货后买家可提起纠纷的时间</translation>
    </message>
    <message>
        <source>Days after full shipment from which a buyer may open a dispute.</source>
        <translation>订单全部发货满多少天后，买家可以提起纠纷。</translation>
    </message>
    <message>
        <source>Dispute: seller response window</source>
        <translation>纠纷：卖家响应期限</translation>
    </message>
    <message>
        <source>Days the seller has to respond to the buyer&apos;s latest proposal before it executes.</source>
        <translation>卖家须在多少天内回应买家的最新方案，逾期将按该方案执行。</translation>
    </message>
    <message>
        <source>Dispute: platform steps in after</source>
        <translation>纠纷：平台介入时间</translation>
    </message>
    <message>
        <source>Days of negotiation after which the platform steps in.</source>
        <translation>协商多少天后平台介入。</translation>
    </message>
    <message>
        <source>Chargeback: usual filing window</source>
        <translation>拒付：常规申请期限</translation>
    </message>
    <message>
        <source>Days after the transaction within which a buyer may file a chargeback.</source>
        <translation>交易完成后买家可发起拒付的天数。</translation>
    </message>
    <message>
        <source>Chargeback: longest filing window</source>
        <translation>拒付：最长申请期限</translation>
    </message>
    <message>
        <source>The longest window some card schemes allow for a chargeback.</source>
        <translation>部分卡组织允许发起拒付的最长期限。</translation>
    </message>
    <message>
        <source>Service level assessment window</source>
        <translation>服务等级考核周期</translation>
    </message>
    <message>
        <source>The monthly service level is assessed over this many past days.</source>
        <translation>每月服务等级按过去多少天的数据进行考核。</translation>
    </message>
    <message>
        <source>Fully managed tier: warehouse indicators&apos; weight</source>
        <translation>全托管分层：仓储指标权重</translation>
    </message>
    <message>
        <source>Warehouse-related indicators account for more than this share of the fully managed merchant tier.</source>
        <translation>仓储相关指标在全托管商家分层中的占比超过此值。</translation>
    </message>
    <message>
        <source>Product refund-rate warning threshold</source>
        <translation>商品退款率预警阈值</translation>
    </message>
    <message>
        <source>Products refunded more often than this are flagged. The platform does not publish its threshold: set your own.</source>
        <translation>退款率高于此值的商品将被标记。平台未公布其阈值，请自行设置。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Product refund rate: window</source>
        <translation>商品退款率：统计周期</translation>
    </message>
    <message>
        <source>A product&apos;s refund rate counts the line items shipped in this many past days.</source>
        <translation>商品退款率按过去多少天内发货的子订单计算。</translation>
    </message>
    <message>
        <source>Product refund rate: minimum shipped items</source>
        <translation>商品退款率：最少发货件数</translation>
    </message>
    <message>
        <source>Products with fewer shipped line items in the window are not flagged: too few to judge.</source>
        <translation>统计周期内发货子订单少于此数的商品不予标记：样本太少，无法判断。</translation>
    </message>
    <message>
        <source>Chargeback: defence due within</source>
        <translation>拒付：抗辩期限</translation>
    </message>
    <message>
        <source>Days after a chargeback is filed by which the seller&apos;s defence is due, when the case does not state its own deadline.</source>
        <translation>案件未注明截止时间时，卖家须在拒付发起后多少天内提交抗辩。</translation>
    </message>
    <message>
        <source>Deduction appeal: due within</source>
        <translation>扣款申诉：申诉期限</translation>
    </message>
    <message>
        <source>Days after a deduction within which an appeal should be filed, when the notice does not state its own deadline.</source>
        <translation>通知未注明截止时间时，须在扣款后多少天内提交申诉。</translation>
    </message>
    <message>
        <source>Product damage-rate warning threshold</source>
        <translation>商品破损率预警阈值</translation>
    </message>
    <message>
        <source>Products whose damaged units exceed this share of the units shipped are flagged on Today: time to improve their packaging.</source>
        <translation>破损件数占发货件数的比例超过此值的商品，将在“今日”页面标记出来：提示需要改进其包装。</translation>
    </message>
    <message>
        <source>Product damage rate: window</source>
        <translation>商品破损率：统计周期</translation>
    </message>
    <message>
        <source>A product&apos;s damage rate counts the units shipped, and the damage claims opened, in this many past days.</source>
        <translation>商品破损率按此天数内的发货件数与发起的破损索赔计算。</translation>
    </message>
    <message>
        <source>Product damage rate: minimum shipped units</source>
        <translation>商品破损率：最低发货件数</translation>
    </message>
    <message>
        <source>Products with fewer units shipped in the window are not flagged: too few to judge.</source>
        <translation>统计周期内发货件数低于此值的商品不会被标记：样本太少，无法判断。</translation>
    </message>
    <message>
        <source>Warehoused semi-managed: pickup fee per unit</source>
        <translation>半托管入仓：每件揽收费</translation>
    </message>
    <message>
        <source>What the inbound pickup would cost per unit without the waiver; the calculators show the waiver&apos;s value with it.</source>
        <translation>无减免时入仓揽收每件的费用；计算器会据此显示减免金额。</translation>
    </message>
    <message>
        <source>Warehoused semi-managed: operation fee per unit</source>
        <translation>半托管入仓：每件仓内操作费</translation>
    </message>
    <message>
        <source>What handling in the warehouse would cost per unit without the waiver.</source>
        <translation>无减免时每件的仓内操作费用。</translation>
    </message>
    <message>
        <source>Warehoused semi-managed: rent per unit</source>
        <translation>半托管入仓：每件仓租</translation>
    </message>
    <message>
        <source>What storage until the sale would cost per unit without the waiver.</source>
        <translation>无减免时每件商品在售出前的仓租用。</translation>
    </message>
</context>
<context>
    <name>sd::RuleHistoryModel</name>
    <message>
        <source>SellerDesk default</source>
        <translation>SellerDesk 默认值</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Entered %1 by %2</source>
        <translation>由 %2 于 %1 录入</translation>
    </message>
</context>
<context>
    <name>sd::RuleRepository</name>
    <message>
        <source>&quot;%1&quot; is not a percentage: %2</source>
        <translation>“%1”不是百分比：%2</translation>
    </message>
    <message>
        <source>%1 % is outside the allowed range %2 % to %3 %</source>
        <translation>%1% 超出允许范围（%2% 至 %3%）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: %2</source>
        <translation>“%1”不是有效金额：%2</translation>
    </message>
    <message>
        <source>this rule is in %1, not %2</source>
        <translation>此规则以 %1 计价，而不是 %2</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2 to %3</source>
        <translation>%1 超出允许范围（%2 至 %3）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>there is no rule &quot;%1&quot;</source>
        <translation>不存在规则“%1”</translation>
    </message>
    <message>
        <source>the effective date must be a date between 2000 and 2100</source>
        <translation>生效日期必须在 2000 年至 2100 年之间</translation>
    </message>
    <message>
        <source>say where the value comes from (an announcement, a page, a person): at least 3 characters</source>
        <translation>请注明该值的来源（公告、页面或人员），至少 3 个字符</translation>
    </message>
    <message>
        <source>the source note is longer than 500 characters</source>
        <translation>来源说明超过 500 个字符</translation>
    </message>
    <message>
        <source>the built-in rule defaults are missing</source>
        <translation>缺少内置的规则默认值</translation>
    </message>
    <message>
        <source>defaults.json: %1</source>
        <translation>defaults.json: %1</translation>
    </message>
</context>
<context>
    <name>sd::RulesModel</name>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>not in force yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键名</translation>
    </message>
</context>
<context>
    <name>sd::StoreRepository</name>
    <message>
        <source>Give the store a name.</source>
        <translation>请填写店铺名称。</translation>
    </message>
    <message>
        <source>The store name is longer than %1 characters.</source>
        <translation>店铺名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>There is already a store called &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的店铺。</translation>
    </message>
    <message>
        <source>The account id is longer than 64 characters.</source>
        <translation>账号 ID 超过 64 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency SellerDesk knows.</source>
        <translation>“%1”不是 SellerDesk 可识别的币种。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (use a name such as Asia/Shanghai).</source>
        <translation>“%1”不是有效的时区（请使用 Asia/Shanghai 这样的名称）。</translation>
    </message>
    <message>
        <source>The store no longer exists.</source>
        <translation>该店铺已不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a merchant type (full_managed, semi_managed or pop).</source>
        <translation>“%1”不是有效的商家类型（full_managed、semi_managed 或 pop）。</translation>
    </message>
</context>
<context>
    <name>sd::StoresModel</name>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Self-delivery to warehouse</source>
        <translation>自送仓</translation>
    </message>
    <message>
        <source>Cainiao pickup</source>
        <translation>菜鸟揽收</translation>
    </message>
    <message>
        <source>JIT handover</source>
        <translation>JIT 交接</translation>
    </message>
</context>
<context>
    <name>sd::TemplateRepository</name>
    <message>
        <source>%1: a template needs an English title</source>
        <translation>%1：模板须有英文标题</translation>
    </message>
    <message>
        <source>%1: a template needs its text in at least one language</source>
        <translation>%1：模板须至少有一种语言的文本</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the %2 text is empty</source>
        <translation>%1：%2 文本为空</translation>
    </message>
    <message>
        <source>%1: the %2 text, line %3, column %4: %5</source>
        <translation>%1：%2 文本第 %3 行第 %4 列：%5</translation>
    </message>
    <message>
        <source>the built-in reply templates are missing</source>
        <translation>内置回复模板缺失</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a built-in template</source>
        <translation>“%1”不是内置模板</translation>
    </message>
    <message>
        <source>there is no template &quot;%1&quot;</source>
        <translation>模板“%1”不存在</translation>
    </message>
    <message>
        <source>built-in templates cannot be archived; edit them, or restore the shipped wording</source>
        <translation>内置模板无法归档；可以编辑它们，或恢复内置措辞</translation>
    </message>
    <message>
        <source>%1: the %2 text appears twice</source>
        <translation>%1：%2 文本出现了两次</translation>
    </message>
    <message>
        <source>there is no new shipped wording of &quot;%1&quot; to decline</source>
        <translation>“%1”没有可拒绝的新内置措辞</translation>
    </message>
</context>
<context>
    <name>sd::TierImporter</name>
    <message>
        <source>&quot;%1&quot; is not a month such as 2026-03</source>
        <translation>“%1”不是有效月份（格式如 2026-03）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier (S, A, B or C)</source>
        <translation>“%1”不是有效等级（S、A、B 或 C）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service level (excellent, good, qualified or unqualified)</source>
        <translation>“%1”不是有效的服务等级（excellent、good、qualified 或 unqualified）</translation>
    </message>
    <message>
        <source>a service level is recorded with the tier: the actual_tier cell is empty</source>
        <translation>服务等级须与等级一并记录：actual_tier 单元格为空</translation>
    </message>
</context>
<context>
    <name>sd::TierModel</name>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>及格</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>不及格</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>expected a text or an object with &quot;en&quot; and &quot;zh_CN&quot;</source>
        <translation>应为文本，或包含 &quot;en&quot; 和 &quot;zh_CN&quot; 的对象</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>文本为空</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>Fully managed</source>
        <translation>全托管</translation>
    </message>
    <message>
        <source>Semi-managed</source>
        <translation>半托管</translation>
    </message>
    <message>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100 was expected</source>
        <translation>应为 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>a whole number of 0 or more was expected</source>
        <translation>应为大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>the amount is in %1, not %2</source>
        <translation>金额币种为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>the amount is negative</source>
        <translation>金额为负数</translation>
    </message>
    <message>
        <source>%1: a tier model is a JSON object</source>
        <translation>%1：分层考核模型应为 JSON 对象</translation>
    </message>
    <message>
        <source>%1: this is not a SellerDesk tier model (&quot;format&quot; must be &quot;sellerdesk-tier-model&quot;)</source>
        <translation>%1：这不是 SellerDesk 分层考核模型（&quot;format&quot; 必须为 &quot;sellerdesk-tier-model&quot;）</translation>
    </message>
    <message>
        <source>%1: version: this SellerDesk reads tier models of version 1</source>
        <translation>%1：version：此版本 SellerDesk 只能读取版本 1 的分层考核模型</translation>
    </message>
    <message>
        <source>expected a month such as 2024-10</source>
        <translation>应为月份，格式如 2024-10</translation>
    </message>
    <message>
        <source>a higher level cannot earn fewer points</source>
        <translation>较高等级的分值不能低于较低等级</translation>
    </message>
    <message>
        <source>S needs at least A&apos;s score, and A at least B&apos;s</source>
        <translation>S 的得分不得低于 A，A 的得分不得低于 B</translation>
    </message>
    <message>
        <source>the model defines no indicators</source>
        <translation>模型未定义任何指标</translation>
    </message>
    <message>
        <source>a key is lower-case letters, digits and &apos;_&apos;</source>
        <translation>键只能由小写字母、数字和 &apos;_&apos; 组成</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice</source>
        <translation>“%1”重复定义</translation>
    </message>
    <message>
        <source>expected &quot;percent&quot;, &quot;count&quot; or &quot;money&quot;</source>
        <translation>应为 &quot;percent&quot;、&quot;count&quot; 或 &quot;money&quot;</translation>
    </message>
    <message>
        <source>expected &quot;higher&quot; or &quot;lower&quot; (which is better)</source>
        <translation>应为 &quot;higher&quot; 或 &quot;lower&quot;（表示哪个方向更好）</translation>
    </message>
    <message>
        <source>the model must grade this merchant type</source>
        <translation>模型必须对此商家类型进行考核</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among the model&apos;s indicators</source>
        <translation>“%1”不在模型的指标中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <source>unknown currency</source>
        <translation>未知币种</translation>
    </message>
    <message>
        <source>a graded indicator needs thresholds for S, A and B</source>
        <translation>计分指标需要 S、A、B 三档阈值</translation>
    </message>
    <message>
        <source>expected the threshold as text, such as &quot;2.5&quot;</source>
        <translation>阈值应以文本形式填写，例如 &quot;2.5&quot;</translation>
    </message>
    <message>
        <source>&quot;higher is better&quot;: S needs at least A&apos;s value, and A at least B&apos;s</source>
        <translation>“越高越好”：S 的阈值不得低于 A，A 不得低于 B</translation>
    </message>
    <message>
        <source>&quot;lower is better&quot;: S needs at most A&apos;s value, and A at most B&apos;s</source>
        <translation>“越低越好”：S 的阈值不得高于 A，A 不得高于 B</translation>
    </message>
    <message>
        <source>the weights add up to %1, not 100</source>
        <translation>权重合计为 %1，而不是 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage indicator of the model</source>
        <translation>“%1”不是模型中的百分比指标</translation>
    </message>
    <message>
        <source>Excellent must be at least as strict as Good, and Good as Qualified</source>
        <translation>“优秀”的阈值须至少与“良好”同样严格，“良好”须至少与“及格”同样严格</translation>
    </message>
</context>
<context>
    <name>sd::TierReport</name>
    <message>
        <source>Warehoused orders ÷ orders paid in the month</source>
        <translation>入仓订单数 ÷ 当月已付款订单数</translation>
    </message>
    <message>
        <source>Orders paid in the month that ship from a platform warehouse: a line item sent by the warehouse (WAREHOUSE_SEND_GOODS), or, when the file does not say who sent it, a semi-managed warehouse or fully managed order</source>
        <translation>当月已付款且从平台仓库发货的订单：有子订单由仓库发货（WAREHOUSE_SEND_GOODS），或在文件未注明发货方时，属于半托管入仓订单或全托管订单</translation>
    </message>
    <message>
        <source>Semi-managed JIT orders handed over by their deadline ÷ JIT handovers due in the month so far</source>
        <translation>按时完成 JIT 交接的半托管订单数 ÷ 当月截至目前应完成的 JIT 交接数</translation>
    </message>
    <message>
        <source>Orders shipped in the month with a refund on a line item ÷ orders shipped in the month</source>
        <translation>当月已发货且有子订单退款的订单数 ÷ 当月已发货订单数</translation>
    </message>
    <message>
        <source>Disputes opened in the month ÷ orders shipped in the month</source>
        <translation>当月发起的纠纷数 ÷ 当月已发货订单数</translation>
    </message>
    <message>
        <source>Disputes escalated to the platform in the month ÷ orders shipped in the month</source>
        <translation>当月升级至平台仲裁的纠纷数 ÷ 当月已发货订单数</translation>
    </message>
    <message>
        <source>Disputes closed at the seller&apos;s cost in the month ÷ orders shipped in the month</source>
        <translation>当月由卖家承担损失而关闭的纠纷数 ÷ 当月已发货订单数</translation>
    </message>
    <message>
        <source>The order totals of the orders paid in the month, in the store&apos;s currency</source>
        <translation>当月已付款订单的订单总额，以店铺币种计</translation>
    </message>
    <message>
        <source>Orders paid in the month</source>
        <translation>当月已付款订单数</translation>
    </message>
    <message>
        <source>Not computed by SellerDesk: enter it by hand or import it</source>
        <translation>SellerDesk 不计算此项：请手动录入或导入</translation>
    </message>
    <message>
        <source>The month has not started.</source>
        <translation>该月份尚未开始。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders paid</source>
        <translation>
            <numerusform>%Ln 个已付款订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 paid, without %Ln orders in another currency</source>
        <translation>
            <numerusform>已付款 %1，不含 %Ln 个其他币种订单</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>已付款 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warehoused orders</source>
        <translation>
            <numerusform>%Ln 个入仓订单</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 warehoused ÷ %2 paid orders</source>
        <translation>%1 个入仓 ÷ %2 个已付款订单</translation>
    </message>
    <message>
        <source>%1 handed over on time ÷ %2 JIT handovers due</source>
        <translation>%1 个按时交接 ÷ %2 个应完成的 JIT 交接</translation>
    </message>
    <message>
        <source>%1 refunded ÷ %2 orders shipped</source>
        <translation>%1 个退款 ÷ %2 个已发货订单</translation>
    </message>
    <message>
        <source>%1 disputes opened ÷ %2 orders shipped</source>
        <translation>%1 个纠纷 ÷ %2 个已发货订单</translation>
    </message>
    <message>
        <source>%1 escalated ÷ %2 orders shipped</source>
        <translation>%1 个升级仲裁 ÷ %2 个已发货订单</translation>
    </message>
    <message>
        <source>%1 at the seller&apos;s cost ÷ %2 orders shipped</source>
        <translation>%1 个卖家责任纠纷 ÷ %2 个已发货订单</translation>
    </message>
    <message>
        <source>Entered by %1, %2</source>
        <translation>由 %1 手动录入，%2</translation>
    </message>
    <message>
        <source>Imported by %1, %2</source>
        <translation>由 %1 导入，%2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 points higher</source>
        <translation>提高 %1 个百分点</translation>
    </message>
    <message>
        <source>%1 points lower</source>
        <translation>降低 %1 个百分点</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>增加 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer</source>
        <translation>
            <numerusform>减少 %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>增加 %1</translation>
    </message>
    <message>
        <source>%1 less</source>
        <translation>减少 %1</translation>
    </message>
</context>
<context>
    <name>sd::TierRepository</name>
    <message>
        <source>&quot;%1&quot; is not a month such as 2026-03</source>
        <translation>“%1”不是有效月份（格式如 2026-03）</translation>
    </message>
</context>
<context>
    <name>sd::Transaction</name>
    <message>
        <source>the workspace is busy: another SellerDesk window or sellerdesk-cli has been writing to it for more than %1 seconds (an import, perhaps). Nothing was changed; try again when it has finished.</source>
        <translation>工作区正忙：另一个 SellerDesk 窗口或 sellerdesk-cli 已持续写入超过 %1 秒（可能是在导入）。未做任何更改；请在其完成后重试。</translation>
    </message>
    <message>
        <source>the disk holding the workspace is full. Nothing was changed; free some space and try again.</source>
        <translation>工作区所在磁盘已满。未做任何更改；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>the workspace is open read-only (it is on a read-only disk or folder, or the file cannot be written): nothing can be changed.</source>
        <translation>工作区以只读方式打开（位于只读磁盘或文件夹，或文件不可写）：无法做任何更改。</translation>
    </message>
</context>
<context>
    <name>sd::Workspace</name>
    <message>
        <source>%1: no workspace at this path</source>
        <translation>%1: 此路径下没有工作区</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开：%2</translation>
    </message>
    <message>
        <source>%1: not a SellerDesk workspace (%2)</source>
        <translation>%1: 不是 SellerDesk 工作区（%2）</translation>
    </message>
    <message>
        <source>%1: cannot create the workspace: %2</source>
        <translation>%1: 无法创建工作区：%2</translation>
    </message>
    <message>
        <source>%1: the workspace failed its integrity check and was not opened for writing: %2</source>
        <translation>%1: 工作区未通过完整性检查，未以可写方式打开：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer SellerDesk (schema version %2; this version knows up to %3). It was left untouched: open it with a newer SellerDesk.</source>
        <translation>%1 由较新版本的 SellerDesk 写入（数据结构版本 %2；当前版本最高支持 %3）。文件未作任何改动，请使用较新版本的 SellerDesk 打开。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a SellerDesk workspace; it was left untouched.</source>
        <translation>%1 是 SQLite 数据库，但不是 SellerDesk 工作区；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1: no migration was run because the backup before it failed: %2</source>
        <translation>%1: 迁移前备份失败，未执行迁移：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot seed the rule defaults: %2</source>
        <translation>%1: 无法写入规则默认值：%2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 已存在，请换一个名称</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot move the backup into place at %1</source>
        <translation>无法将备份移动到 %1</translation>
    </message>
    <message>
        <source>%1: cannot seed the tier model: %2</source>
        <translation>%1：无法初始化分层考核模型：%2</translation>
    </message>
    <message>
        <source>%1: cannot add the built-in reply templates: %2</source>
        <translation>%1：无法添加内置回复模板：%2</translation>
    </message>
    <message>
        <source>%1 is read-only and at schema version %2; this SellerDesk needs version %3 and cannot migrate it there. Open it where it can be written, or with the SellerDesk that made it.</source>
        <translation>%1 为只读，架构版本为 %2；本 SellerDesk 需要版本 %3，无法在此迁移。请在可写的位置打开它，或用创建它的 SellerDesk 打开。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. It is open read-only until space is freed: everything can be looked at, nothing can be changed.</source>
        <translation>%1 所在磁盘已满。在释放空间之前以只读方式打开：可以查看所有内容，但无法做任何更改。</translation>
    </message>
    <message>
        <source>%1 cannot be written (a read-only disk or folder, or no write permission). It is open read-only: everything can be looked at, nothing can be changed.</source>
        <translation>%1 无法写入（只读磁盘或文件夹，或没有写权限）。已以只读方式打开：可以查看所有内容，但无法做任何更改。</translation>
    </message>
</context>
<context>
    <name>sd::WriterBase</name>
    <message>
        <source>%1: the export is already finished</source>
        <translation>%1: 导出已完成</translation>
    </message>
    <message>
        <source>%1: the export was not started</source>
        <translation>%1: 导出尚未开始</translation>
    </message>
    <message>
        <source>%1: the export is already started</source>
        <translation>%1: 导出已开始</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 无法写入：%2</translation>
    </message>
    <message>
        <source>%1: row %2, column %3 &quot;%4&quot;: %5</source>
        <translation>%1: 第 %2 行第 %3 列“%4”：%5</translation>
    </message>
    <message>
        <source>%1: row %2 has %3 cells but the header has %4 columns</source>
        <translation>%1: 第 %2 行有 %3 个单元格，但表头有 %4 列</translation>
    </message>
    <message>
        <source>a decimal has %1 digits after the point; at most %2 can be written</source>
        <translation>某个数值有 %1 位小数，最多只能写入 %2 位</translation>
    </message>
    <message>
        <source>%1: the table has no columns</source>
        <translation>%1: 表格没有任何列</translation>
    </message>
</context>
<context>
    <name>sd::XlsxBook</name>
    <message>
        <source>%1: the workbook is already written</source>
        <translation>%1：工作簿已写入</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 无法写入：%2</translation>
    </message>
    <message>
        <source>%1: row %2, column %3 &quot;%4&quot;: %5</source>
        <translation>%1: 第 %2 行第 %3 列“%4”：%5</translation>
    </message>
    <message>
        <source>%1: the table has %2 columns; an Excel sheet holds at most %3</source>
        <translation>%1：表格有 %2 列；Excel 工作表最多只能容纳 %3 列</translation>
    </message>
    <message>
        <source>%1: the title of column %2 is longer than the %3 characters an Excel cell holds</source>
        <translation>%1：第 %2 列的标题超过了 Excel 单元格可容纳的 %3 个字符</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet %2</source>
        <translation>%1：工作簿中没有工作表 %2</translation>
    </message>
    <message>
        <source>%1: row %2 has %3 cells but the header has %4 columns</source>
        <translation>%1: 第 %2 行有 %3 个单元格，但表头有 %4 列</translation>
    </message>
    <message>
        <source>%1: the view has too many rows for an .xlsx file (an Excel sheet holds %2 rows with the header); export it as CSV</source>
        <translation>%1：当前视图行数过多，无法导出为 .xlsx 文件（Excel 工作表含表头最多 %2 行）；请导出为 CSV</translation>
    </message>
    <message>
        <source>a decimal has %1 digits after the point; at most %2 can be written</source>
        <translation>某个数值有 %1 位小数，最多只能写入 %2 位</translation>
    </message>
    <message>
        <source>the text has %1 characters; an Excel cell holds at most %2 (export CSV to keep it whole)</source>
        <translation>文本有 %1 个字符；Excel 单元格最多只能容纳 %2 个字符（如需保留完整内容，请导出 CSV）</translation>
    </message>
</context>
<context>
    <name>sd::XlsxReader</name>
    <message>
        <source>cannot read the workbook part %1</source>
        <translation>无法读取工作簿部件 %1</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (the file is not a zip archive)</source>
        <translation>不是 .xlsx 工作簿（文件不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (xl/workbook.xml is missing)</source>
        <translation>不是 .xlsx 工作簿（缺少 xl/workbook.xml）</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot; (it has: %2)</source>
        <translation>工作簿中没有名为“%1”的工作表（现有：%2）</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is missing from the workbook</source>
        <translation>工作簿中缺少工作表“%1”</translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters</source>
        <translation>某个单元格超过 %1 个字符</translation>
    </message>
    <message>
        <source>the cell refers to a shared string that does not exist</source>
        <translation>该单元格引用了不存在的共享字符串</translation>
    </message>
    <message>
        <source>the sheet&apos;s XML is damaged: %1</source>
        <translation>工作表的 XML 已损坏：%1</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>the workbook part %1 unpacks to %2, over the limit of %3 (Workspace Settings)</source>
        <translation>工作簿部件 %1 解压后为 %2，超过上限 %3（工作区设置）</translation>
    </message>
    <message>
        <source>the row has more than %1 columns (the limit in Workspace Settings)</source>
        <translation>该行超过 %1 列（工作区设置中的上限）</translation>
    </message>
    <message>
        <source>the cell holds a formula without a computed value: open and save the file in Excel or LibreOffice first</source>
        <translation>单元格中的公式没有计算结果：请先在 Excel 或 LibreOffice 中打开并保存该文件</translation>
    </message>
    <message>
        <source>cannot keep the workbook&apos;s shared strings in the temporary folder: %1</source>
        <translation>无法在临时文件夹中保存工作簿的共享字符串：%1</translation>
    </message>
    <message>
        <source>%1: shared string %2 is longer than %3 characters</source>
        <translation>%1：第 %2 个共享字符串超过 %3 个字符</translation>
    </message>
    <message>
        <source>%1: more than %2 shared strings</source>
        <translation>%1：共享字符串超过 %2 个</translation>
    </message>
    <message>
        <source>%1: the shared strings are larger than 4 GiB</source>
        <translation>%1：共享字符串大于 4 GiB</translation>
    </message>
    <message>
        <source>cannot read the workbook&apos;s shared strings back from the temporary folder: %1</source>
        <translation>无法从临时文件夹读回工作簿的共享字符串：%1</translation>
    </message>
</context>
<context>
    <name>sd::ZipReader</name>
    <message>
        <source>the entry %1 is no longer open</source>
        <translation>条目 %1 已关闭</translation>
    </message>
    <message>
        <source>the entry %1 is damaged</source>
        <translation>条目 %1 已损坏</translation>
    </message>
    <message>
        <source>the archive is already open</source>
        <translation>压缩包已打开</translation>
    </message>
    <message>
        <source>the file is not a zip archive</source>
        <translation>该文件不是 zip 压缩包</translation>
    </message>
    <message>
        <source>the archive&apos;s list of files is damaged</source>
        <translation>压缩包的文件列表已损坏</translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation>压缩包未打开</translation>
    </message>
    <message>
        <source>the entry %1 is encrypted</source>
        <translation>条目 %1 已加密</translation>
    </message>
    <message>
        <source>the entry %1 cannot be unpacked</source>
        <translation>条目 %1 无法解压</translation>
    </message>
</context>
<context>
    <name>sd::ZipWriter</name>
    <message>
        <source>zip error %1</source>
        <translation>压缩包错误 %1</translation>
    </message>
    <message>
        <source>the archive is already open</source>
        <translation>压缩包已打开</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>输出未以写入方式打开</translation>
    </message>
    <message>
        <source>the output cannot go back to complete an entry</source>
        <translation>输出无法回退以完成条目</translation>
    </message>
    <message>
        <source>no entry can be started now</source>
        <translation>当前无法开始新条目</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a zip entry</source>
        <translation>“%1”不能用作压缩包条目名称</translation>
    </message>
    <message>
        <source>no entry is open</source>
        <translation>没有已打开的条目</translation>
    </message>
    <message>
        <source>the archive has no entry %1</source>
        <translation>压缩包中没有条目 %1</translation>
    </message>
    <message>
        <source>the entry %1 is damaged</source>
        <translation>条目 %1 已损坏</translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation>压缩包未打开</translation>
    </message>
</context>
<context>
    <name>sd::ui::AboutPage</name>
    <message>
        <source>SellerDesk is a desktop operations console for AliExpress cross-border sellers. It keeps your stores&apos; orders, disputes, claims and the platform&apos;s dated rules in one local file, works fully offline from seller-center exports, and never sends your buyers&apos; data anywhere.</source>
        <translation>SellerDesk 是面向速卖通跨境卖家的桌面运营工作台。它将各店铺的订单、纠纷、索赔以及平台按日期生效的规则保存在一个本地文件中，基于卖家后台导出的数据完全离线工作，绝不会将买家数据发送到任何地方。</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>数据结构版本：</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Size on disk:</source>
        <translation>磁盘占用：</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Open workspace folder</source>
        <translation>打开工作区文件夹</translation>
    </message>
    <message>
        <source>This build</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>SellerDesk version:</source>
        <translation>SellerDesk 版本：</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Qt 版本：</translation>
    </message>
    <message>
        <source>SQLite version:</source>
        <translation>SQLite 版本：</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>隐私：</translation>
    </message>
    <message>
        <source>About SellerDesk</source>
        <translation>关于 SellerDesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>%1 (demo workspace)</source>
        <translation>%1（演示工作区）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1（最新为 %2）</translation>
    </message>
    <message>
        <source>%1 stores, %2 orders, %3 rule values, %4 audit entries</source>
        <translation>%1 个店铺，%2 个订单，%3 条规则值，%4 条审计记录</translation>
    </message>
    <message>
        <source>%1, last migrated by SellerDesk %2</source>
        <translation>%1，最近一次由 SellerDesk %2 迁移</translation>
    </message>
    <message>
        <source>On macOS and Linux the workspace, the buyers&apos; photos and documents kept with it and its backups are readable only by your user account; on Windows they are in your user profile. Keep copies and exports somewhere equally private: they hold buyers&apos; names and addresses.</source>
        <translation>在 macOS 和 Linux 上，工作区、随其保存的买家照片和文件以及工作区的备份仅限您的用户账户读取；在 Windows 上，它们位于您的用户配置文件中。请将副本和导出文件存放在同样私密的位置：其中包含买家的姓名和地址。</translation>
    </message>
</context>
<context>
    <name>sd::ui::AttachmentStrip</name>
    <message>
        <source>Double-click or press Enter to open a file</source>
        <translation>双击或按 Enter 键打开文件</translation>
    </message>
    <message>
        <source>No files attached yet</source>
        <translation>尚未上传文件</translation>
    </message>
    <message>
        <source>%1
%2 KB, added %3 by %4</source>
        <translation>%1
%2 KB，%4 于 %3 添加</translation>
    </message>
</context>
<context>
    <name>sd::ui::BackupsDialog</name>
    <message>
        <source>Back Up &amp;Now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A daily backup is written when SellerDesk opens the workspace and each day while it stays open. Backups are also written before an update of the workspace and before a restore; only the oldest daily backups are ever removed.</source>
        <translation>SellerDesk 打开工作区时以及保持打开期间每天都会写入一份每日备份。工作区更新前和恢复前也会写入备份；只有最旧的每日备份会被删除。</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>写入时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Daily backups &amp;kept:</source>
        <translation>保留的每日备份数(&amp;K)：</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>%1 (newer)</source>
        <translation>%1（较新）</translation>
    </message>
    <message>
        <source>Restoring is available in the SellerDesk window.</source>
        <translation>恢复功能请在 SellerDesk 窗口中使用。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Restore the backup written %1?</source>
        <translation>恢复写于 %1 的备份？</translation>
    </message>
    <message>
        <source>SellerDesk will close this window and the workspace, check the backup, save the workspace as it is now as a before-restore backup, put the backup in its place and open it again.

What was recorded after %1 will then only be in the before-restore backup, which you can restore in turn.</source>
        <translation>SellerDesk 将关闭此窗口和工作区，检查备份，把当前的工作区保存为恢复前备份，用备份替换它并重新打开。

此后，%1 之后记录的内容只在恢复前备份中，您可以再恢复它。</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The number of daily backups kept was not saved: %1</source>
        <translation>保留的每日备份数未能保存：%1</translation>
    </message>
</context>
<context>
    <name>sd::ui::CalculatorsPage</name>
    <message>
        <source>Rule %1 = %2</source>
        <translation>规则 %1 = %2</translation>
    </message>
    <message>
        <source>In force from %1</source>
        <translation>自 %1 起生效</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>Semi-managed
warehouse</source>
        <translation>半托管
入仓</translation>
    </message>
    <message>
        <source>Semi-managed
JIT</source>
        <translation>半托管
JIT</translation>
    </message>
    <message>
        <source>Fully
managed</source>
        <translation>全托管</translation>
    </message>
    <message>
        <source>Overseas
managed</source>
        <translation>海外托管</translation>
    </message>
    <message>
        <source>One product</source>
        <translation>单个商品</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>Subsidies captured</source>
        <translation>已获补贴</translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation>利润计算</translation>
    </message>
    <message>
        <source>What a product earns under each fulfillment model, from the platform&apos;s rules in force on a date: commission waived or halved, fees waived, the advance payment. Every line shows the rule behind it in its tooltip.</source>
        <translation>按某一日期生效的平台规则，计算商品在各履约模式下的收益：佣金减免或减半、费用减免、预付款。每一行的提示中都列出其依据的规则。</translation>
    </message>
    <message>
        <source>The selling price per unit (POP and semi-managed)</source>
        <translation>每件售价（POP 和半托管）</translation>
    </message>
    <message>
        <source>The supply price per unit (fully managed; overseas: including shipping to the buyer)</source>
        <translation>每件供货价（全托管；海外托管：含发往买家的运费）</translation>
    </message>
    <message>
        <source>The category&apos;s commission rate, in percent</source>
        <translation>类目佣金率，单位为百分比</translation>
    </message>
    <message>
        <source>rule: %1 %</source>
        <translation>规则：%1%</translation>
    </message>
    <message>
        <source>The affiliate commission you set, in percent</source>
        <translation>您设置的联盟佣金率，单位为百分比</translation>
    </message>
    <message>
        <source>The share of orders that come through affiliates, in percent</source>
        <translation>通过联盟成交的订单占比，单位为百分比</translation>
    </message>
    <message>
        <source>To the warehouse, to the JIT pickup, or to the overseas warehouse</source>
        <translation>发往仓库、JIT 揽收点或海外仓</translation>
    </message>
    <message>
        <source>What you pay to ship to the buyer (POP, overseas managed)</source>
        <translation>您承担的发往买家的运费（POP、海外托管）</translation>
    </message>
    <message>
        <source>Popular product</source>
        <translation>爆款商品</translation>
    </message>
    <message>
        <source>The platform pays part of a popular warehoused product&apos;s revenue in advance (the advance payment line)</source>
        <translation>平台会预付入仓爆款商品的部分货款（见“预付款”一行）</translation>
    </message>
    <message>
        <source>The rules in force on this date apply</source>
        <translation>按此日期生效的规则计算</translation>
    </message>
    <message>
        <source>&amp;Selling price:</source>
        <translation>售价(&amp;S)：</translation>
    </message>
    <message>
        <source>Su&amp;pply price:</source>
        <translation>供货价(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>Co&amp;mmission (%):</source>
        <translation>佣金率（%）(&amp;M)：</translation>
    </message>
    <message>
        <source>A&amp;ffiliate rate (%):</source>
        <translation>联盟佣金率（%）(&amp;F)：</translation>
    </message>
    <message>
        <source>Affiliate s&amp;hare (%):</source>
        <translation>联盟订单占比（%）(&amp;H)：</translation>
    </message>
    <message>
        <source>Product &amp;cost:</source>
        <translation>商品成本(&amp;C)：</translation>
    </message>
    <message>
        <source>Pac&amp;kaging:</source>
        <translation>包装(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;First mile:</source>
        <translation>头程(&amp;F)：</translation>
    </message>
    <message>
        <source>Shipping to the &amp;buyer:</source>
        <translation>发往买家的运费(&amp;B)：</translation>
    </message>
    <message>
        <source>Rules as of:</source>
        <translation>规则日期：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>an amount of 0 or more in %1</source>
        <translation>以 %1 计、不小于 0 的金额</translation>
    </message>
    <message>
        <source>%1: a percentage from 0 to 100</source>
        <translation>%1：应为 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>Selling price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Supply price</source>
        <translation>供货价</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Affiliate rate</source>
        <translation>联盟佣金率</translation>
    </message>
    <message>
        <source>Affiliate share</source>
        <translation>联盟订单占比</translation>
    </message>
    <message>
        <source>Product cost</source>
        <translation>商品成本</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>First mile</source>
        <translation>头程</translation>
    </message>
    <message>
        <source>Shipping to the buyer</source>
        <translation>发往买家的运费</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利润率</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>needs input</source>
        <translation>需要输入</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Profit ÷ revenue: %1 %</source>
        <translation>利润 ÷ 收入：%1%</translation>
    </message>
    <message>
        <source>Enter a selling price or a supply price.</source>
        <translation>请输入售价或供货价。</translation>
    </message>
    <message>
        <source>Best: %1.</source>
        <translation>最佳：%1。</translation>
    </message>
    <message>
        <source>&amp;Open product list…</source>
        <translation>打开商品清单(&amp;O)…</translation>
    </message>
    <message>
        <source>CSV or XLSX: product_id, name, price, supply_price, cost, packaging, first_mile, delivery, commission_rate … (English or Chinese headers)</source>
        <translation>CSV 或 XLSX：product_id、name、price、supply_price、cost、packaging、first_mile、delivery、commission_rate 等（英文或中文表头）</translation>
    </message>
    <message>
        <source>The products sold in the last 90 days, at their average price, without costs</source>
        <translation>近 90 天售出的商品，按平均售价计算，不含成本</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Filter by product id or name</source>
        <translation>按商品ID或名称筛选</translation>
    </message>
    <message>
        <source>Any best model</source>
        <translation>任意最佳模式</translation>
    </message>
    <message>
        <source>Best: %1</source>
        <translation>最佳：%1</translation>
    </message>
    <message>
        <source>Open a product list (CSV or XLSX), or take the products sold in the last 90 days from the orders: every product is computed under all five models, the best one named with its lead over the next.</source>
        <translation>打开商品清单（CSV 或 XLSX），或从订单中取近 90 天售出的商品：每个商品按全部五种模式计算，列出最佳模式及其领先次佳模式的金额。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Best model</source>
        <translation>最佳模式</translation>
    </message>
    <message>
        <source>Best profit</source>
        <translation>最佳利润</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>领先金额</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s) shown; every product under every model, as of %2.</source>
        <translation>
            <numerusform>显示 %n 个商品中的 %1 个；每个商品均按各模式计算，规则日期 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a product list</source>
        <translation>打开商品清单</translation>
    </message>
    <message>
        <source>Product lists (*.csv *.xlsx)</source>
        <translation>商品清单 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Product list not read</source>
        <translation>商品清单未读取</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Open a product list or take the products from the orders first.</source>
        <translation>请先打开商品清单，或从订单中获取商品。</translation>
    </message>
    <message>
        <source>Export the batch</source>
        <translation>导出批量结果</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>POP product</source>
        <translation>POP 商品</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Waivable commission</source>
        <translation>可减免的佣金</translation>
    </message>
    <message>
        <source>The commission these POP orders paid that warehoused semi-managed would waive</source>
        <translation>这些 POP 订单支付的、若改为半托管入仓即可减免的佣金</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>店铺：</translation>
    </message>
    <message>
        <source>Add a store to see its subsidies.</source>
        <translation>请添加店铺以查看其补贴。</translation>
    </message>
    <message>
        <source>Captured (commission saved + fees waived)</source>
        <translation>已获补贴（节省的佣金 + 减免的费用）</translation>
    </message>
    <message>
        <source>Left on the table (POP commission)</source>
        <translation>错失的补贴（POP 佣金）</translation>
    </message>
    <message>
        <source>Subsidies by month (%1)</source>
        <translation>每月补贴（%1）</translation>
    </message>
    <message>
        <source>%1, month to date</source>
        <translation>%1，本月截至目前</translation>
    </message>
    <message>
        <source>Commission charged</source>
        <translation>实扣佣金</translation>
    </message>
    <message>
        <source>Commission saved against POP</source>
        <translation>相比 POP 节省的佣金</translation>
    </message>
    <message>
        <source>Warehouse fees waived</source>
        <translation>减免的仓库费用</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>已获补贴</translation>
    </message>
    <message>
        <source>Advance payment eligible (popular products)</source>
        <translation>可获预付款（爆款商品）</translation>
    </message>
    <message>
        <source>Left on the table by POP products</source>
        <translation>POP 商品错失的补贴</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation>
            <numerusform>%1：%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in other currencies are not valued.</source>
        <translation>
            <numerusform>%n 个其他币种的订单未计入金额。</numerusform>
        </translation>
    </message>
    <message>
        <source>MMM yy</source>
        <extracomment>a date format for a month on the chart&apos;s axis</extracomment>
        <translation>yy年M月</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a date format: month and year</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>From the o&amp;rders</source>
        <translation>来自订单(&amp;R)</translation>
    </message>
</context>
<context>
    <name>sd::ui::CaseImportDialog</name>
    <message>
        <source>Import the good rows and set the bad ones aside</source>
        <translation>导入有效行，另存有问题的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Disputes (seller center dispute list)</source>
        <translation>纠纷（卖家后台纠纷列表）</translation>
    </message>
    <message>
        <source>Chargebacks (chargeback list)</source>
        <translation>拒付（拒付列表）</translation>
    </message>
    <message>
        <source>Alipay account statement</source>
        <translation>支付宝账户对账单</translation>
    </message>
    <message>
        <source>Named in the file (store column)</source>
        <translation>以文件中为准（店铺列）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Check the file first: every problem is listed with its line and column, and nothing is written.</source>
        <translation>先检查文件：列出所有问题及其所在行和列，不写入任何数据。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Columns read (* required; seller-center and Chinese headers are recognised too):
%1</source>
        <translation>读取的列（* 为必填；也可识别卖家后台及中文表头）：
%1</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Monthly tier indicators</source>
        <translation>月度分层指标</translation>
    </message>
</context>
<context>
    <name>sd::ui::CaseWidgets</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Enter an amount in %1</source>
        <translation>请输入以 %1 计的金额</translation>
    </message>
</context>
<context>
    <name>sd::ui::CasesPage</name>
    <message>
        <source>Search case ID, order ID, buyer or reason</source>
        <translation>搜索案件 ID、订单号、买家或原因</translation>
    </message>
    <message>
        <source>Disputes and chargebacks</source>
        <translation>纠纷与拒付</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Chargebacks</source>
        <translation>拒付</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>全部截止时间</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation>24 小时内到期</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;New chargeback…</source>
        <translation>新建拒付(&amp;N)…</translation>
    </message>
    <message>
        <source>Evidence &amp;limit…</source>
        <translation>证据文件上限(&amp;L)…</translation>
    </message>
    <message>
        <source>The largest file that can be attached as evidence</source>
        <translation>可作为证据上传的最大文件大小</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>接受(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;ounter-propose…</source>
        <translation>提出还价方案(&amp;O)…</translation>
    </message>
    <message>
        <source>Attach &amp;evidence…</source>
        <translation>上传证据(&amp;E)…</translation>
    </message>
    <message>
        <source>Clo&amp;se…</source>
        <translation>关闭纠纷(&amp;S)…</translation>
    </message>
    <message>
        <source>Accept the buyer&apos;s or the platform&apos;s proposal (Alt+A)</source>
        <translation>接受买家或平台的方案（Alt+A）</translation>
    </message>
    <message>
        <source>Offer another refund, between 0 and the refund maximum, with a note to the buyer (Alt+O)</source>
        <translation>提出另一个退款金额（0 至最高退款金额之间），并附上给买家的留言（Alt+O）</translation>
    </message>
    <message>
        <source>Copy photos or PDFs into the workspace as evidence (Alt+E)</source>
        <translation>将照片或 PDF 复制到工作区作为证据（Alt+E）</translation>
    </message>
    <message>
        <source>Ask the platform to decide (Alt+L)</source>
        <translation>请平台裁决（Alt+L）</translation>
    </message>
    <message>
        <source>Record how the dispute ended (Alt+S)</source>
        <translation>记录纠纷的处理结果（Alt+S）</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Attach &amp;document…</source>
        <translation>上传文件(&amp;D)…</translation>
    </message>
    <message>
        <source>Su&amp;bmit defence…</source>
        <translation>提交抗辩(&amp;B)…</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>记录结果(&amp;O)…</translation>
    </message>
    <message>
        <source>Proof of delivery, tracking, messages with the buyer (Alt+D)</source>
        <translation>妥投证明、物流跟踪、与买家的沟通记录（Alt+D）</translation>
    </message>
    <message>
        <source>Record that the defence was sent, once the documents are attached (Alt+B)</source>
        <translation>上传文件后，记录抗辩已提交（Alt+B）</translation>
    </message>
    <message>
        <source>Won, lost or partly won, and the amount recovered (Alt+O)</source>
        <translation>胜诉、败诉或部分胜诉，以及追回金额（Alt+O）</translation>
    </message>
    <message>
        <source>Defence documents</source>
        <translation>抗辩文件</translation>
    </message>
    <message>
        <source>No case is selected. Import the seller center&apos;s dispute or chargeback list, or record a chargeback by hand.</source>
        <translation>未选择案件。请导入卖家后台的纠纷或拒付列表，或手动录入拒付。</translation>
    </message>
    <message>
        <source>Disputes &amp; Chargebacks</source>
        <translation>纠纷与拒付</translation>
    </message>
    <message>
        <source>Every open case, the nearest deadline first: amber within 24 hours, red when past. Answer the buyer before the response window ends, and defend chargebacks before their countdown runs out.</source>
        <translation>所有未结案件，按截止时间由近到远排列：24 小时内到期显示为琥珀色，已逾期显示为红色。请在响应期结束前回复买家，并在倒计时结束前对拒付提交抗辩。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>Last %1 days: dispute rate &lt;b&gt;%2&lt;/b&gt; · arbitration rate &lt;b&gt;%3&lt;/b&gt; · seller-responsibility rate &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>近 %1 天：纠纷率 &lt;b&gt;%2&lt;/b&gt; · 仲裁率 &lt;b&gt;%3&lt;/b&gt; · 卖家责任率 &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Orders shipped: %1 · disputes opened: %2 · escalated: %3 · closed at the seller&apos;s cost: %4</source>
        <translation>已发货订单：%1 · 发起纠纷：%2 · 升级至平台：%3 · 卖家责任结案：%4</translation>
    </message>
    <message>
        <source>%1: %2 · %3 · %4</source>
        <translation>%1：%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Dispute %1 · %2</source>
        <translation>纠纷 %1 · %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>(not imported yet: linked when it is)</source>
        <translation>（尚未导入：导入后自动关联）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <source>, escalated %1</source>
        <translation>，%1 升级至平台</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Refund maximum</source>
        <translation>最高退款金额</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>, at the seller&apos;s cost</source>
        <translation>，卖家责任</translation>
    </message>
    <message>
        <source>Return tracking</source>
        <translation>退货物流单号</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>响应截止时间</translation>
    </message>
    <message>
        <source>no response owed now</source>
        <translation>当前无需响应</translation>
    </message>
    <message>
        <source>Platform steps in</source>
        <translation>平台介入时间</translation>
    </message>
    <message>
        <source>No proposal</source>
        <translation>无方案</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier proposal(s)</source>
        <translation>
            <numerusform>%n 个历史方案</numerusform>
        </translation>
    </message>
    <message>
        <source>Chargeback %1 · %2</source>
        <translation>拒付 %1 · %2</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Amount frozen</source>
        <translation>冻结金额</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>原因代码</translation>
    </message>
    <message>
        <source>Defence due</source>
        <translation>抗辩截止时间</translation>
    </message>
    <message>
        <source>Defence submitted</source>
        <translation>已提交抗辩</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未提交</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已追回</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>Accept a proposal</source>
        <translation>接受方案</translation>
    </message>
    <message>
        <source>The buyer is refunded as proposed. Accept:</source>
        <translation>将按方案向买家退款。接受：</translation>
    </message>
    <message>
        <source>Counter-propose</source>
        <translation>提出还价方案</translation>
    </message>
    <message>
        <source>0 to %1</source>
        <translation>0 至 %1</translation>
    </message>
    <message>
        <source>What you offer and why, as the buyer will read it (%1 to %2 characters)</source>
        <translation>您的方案及理由，买家将看到此内容（%1 至 %2 个字符）</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Refund (%1)</source>
        <translation>退款（%1）</translation>
    </message>
    <message>
        <source>Note to the buyer</source>
        <translation>给买家的留言</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 个字符</translation>
    </message>
    <message>
        <source>Enter the refund you offer</source>
        <translation>请输入您提出的退款金额</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>上传证据</translation>
    </message>
    <message>
        <source>Attach defence documents</source>
        <translation>上传抗辩文件</translation>
    </message>
    <message>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf)</source>
        <translation>图片和 PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf)</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>部分文件未能上传</translation>
    </message>
    <message>
        <source>Escalate to the platform</source>
        <translation>升级至平台</translation>
    </message>
    <message>
        <source>The platform will decide. Why (for the timeline; optional):</source>
        <translation>将由平台裁决。原因（记入处理记录；可选）：</translation>
    </message>
    <message>
        <source>Close the dispute</source>
        <translation>关闭纠纷</translation>
    </message>
    <message>
        <source>At the seller&apos;s cost (counts in the seller-responsibility rate)</source>
        <translation>卖家责任（计入卖家责任率）</translation>
    </message>
    <message>
        <source>Refunded (%1)</source>
        <translation>已退款（%1）</translation>
    </message>
    <message>
        <source>Enter the amount refunded to the buyer</source>
        <translation>请输入已退还给买家的金额</translation>
    </message>
    <message>
        <source>The refund must be between 0 and %1</source>
        <translation>退款金额必须在 0 至 %1 之间</translation>
    </message>
    <message>
        <source>Submit the defence</source>
        <translation>提交抗辩</translation>
    </message>
    <message>
        <source>What was sent (for the timeline; optional):</source>
        <translation>提交的内容（记入处理记录；可选）：</translation>
    </message>
    <message>
        <source>Chargeback outcome</source>
        <translation>拒付结果</translation>
    </message>
    <message>
        <source>The bank decided:</source>
        <translation>银行裁决：</translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation>追回金额</translation>
    </message>
    <message>
        <source>Recovered (%1)</source>
        <translation>已追回（%1）</translation>
    </message>
    <message>
        <source>Between 0 and %1</source>
        <translation>0 至 %1 之间</translation>
    </message>
    <message>
        <source>A partial win recovers more than 0 and less than %1</source>
        <translation>部分胜诉时，追回金额应大于 0 且小于 %1</translation>
    </message>
    <message>
        <source>New chargeback</source>
        <translation>新建拒付</translation>
    </message>
    <message>
        <source>Add a store on the Stores page first.</source>
        <translation>请先在“店铺”页面添加店铺。</translation>
    </message>
    <message>
        <source>e.g. 13.1 Merchandise not received</source>
        <translation>例如：13.1 Merchandise not received</translation>
    </message>
    <message>
        <source>The countdown the chargeback notice shows; prefilled from the defence-window rule</source>
        <translation>拒付通知中显示的倒计时；已根据抗辩期规则预填</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Filed at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Enter the chargeback&apos;s case ID</source>
        <translation>请输入拒付的案件编号</translation>
    </message>
    <message>
        <source>Enter the amount frozen</source>
        <translation>请输入冻结金额</translation>
    </message>
    <message>
        <source>The amount frozen must be more than 0</source>
        <translation>冻结金额必须大于 0</translation>
    </message>
    <message>
        <source>The defence deadline is before the chargeback was filed</source>
        <translation>抗辩截止时间早于拒付提交时间</translation>
    </message>
    <message>
        <source>Evidence limit</source>
        <translation>证据大小限制</translation>
    </message>
    <message>
        <source>Largest file that can be attached as evidence or a defence document (MB):</source>
        <translation>可上传为证据或抗辩文件的单个文件最大大小（MB）：</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Esca&amp;late…</source>
        <translation>升级至平台(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>sd::ui::ClaimDialog</name>
    <message>
        <source>Claim details</source>
        <translation>索赔详情</translation>
    </message>
    <message>
        <source>New damage claim</source>
        <translation>新建破损索赔</translation>
    </message>
    <message>
        <source>Order number from the seller center</source>
        <translation>卖家中心的订单号</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>查询(&amp;L)</translation>
    </message>
    <message>
        <source>Fill the buyer, country and line items from the order, if it is imported</source>
        <translation>若订单已导入，则从订单填入买家、国家和子订单</translation>
    </message>
    <message>
        <source>Two letters, e.g. BR</source>
        <translation>两位字母，如 BR</translation>
    </message>
    <message>
        <source>From the country</source>
        <translation>根据国家确定</translation>
    </message>
    <message>
        <source>What arrived damaged, e.g. the vase&apos;s neck is cracked</source>
        <translation>哪里破损了，如花瓶瓶颈开裂</translation>
    </message>
    <message>
        <source>The buyer&apos;s own words</source>
        <translation>买家原话</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>What to change, e.g. a smaller carton with air bags</source>
        <translation>需改进之处，如换用更小的纸箱并加气柱袋</translation>
    </message>
    <message>
        <source>The dispute&apos;s issue id, if the buyer opened one</source>
        <translation>买家发起纠纷时的纠纷编号（如有）</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>店铺(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>订单(&amp;O)：</translation>
    </message>
    <message>
        <source>Line &amp;item:</source>
        <translation>子订单(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>买家(&amp;B)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>O&amp;pened:</source>
        <translation>发起时间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Damaged:</source>
        <translation>破损情况(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Units affected:</source>
        <translation>受影响件数(&amp;U)：</translation>
    </message>
    <message>
        <source>Buyer&apos;s &amp;words:</source>
        <translation>买家原话(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>原因(&amp;C)：</translation>
    </message>
    <message>
        <source>Carton:</source>
        <translation>纸箱：</translation>
    </message>
    <message>
        <source>Filler:</source>
        <translation>填充物：</translation>
    </message>
    <message>
        <source>Fragile label:</source>
        <translation>易碎标签：</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>改进措施：</translation>
    </message>
    <message>
        <source>Packaging used</source>
        <translation>所用包装</translation>
    </message>
    <message>
        <source>Dispute:</source>
        <translation>纠纷：</translation>
    </message>
    <message>
        <source>Add p&amp;hotos…</source>
        <translation>添加照片(&amp;H)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>The buyer&apos;s photos:</source>
        <translation>买家的照片：</translation>
    </message>
    <message>
        <source>The buyer&apos;s photos</source>
        <translation>买家的照片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Order %1 is not in the workspace: the claim is linked when it is imported.</source>
        <translation>订单 %1 不在工作区中：导入该订单后，索赔将自动关联。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 × %n</source>
        <translation>
            <numerusform>%1 · %2 × %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a store first (Stores page).</source>
        <translation>请先添加店铺（“店铺”页面）。</translation>
    </message>
    <message>
        <source>Enter the order the claim is about.</source>
        <translation>请输入该索赔涉及的订单。</translation>
    </message>
    <message>
        <source>Say what arrived damaged.</source>
        <translation>请说明哪件商品到货时破损。</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>国家(&amp;N)：</translation>
    </message>
    <message>
        <source>The replacement&apos;s tracking number, when known</source>
        <translation>补发商品的物流单号（如已知）</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>&amp;Tracking:</source>
        <translation>物流单号(&amp;T)：</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>优惠券 %1</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>有效期至(&amp;U)：</translation>
    </message>
    <message>
        <source>Minimum &amp;spend (%1):</source>
        <translation>最低消费（%1）(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>sd::ui::ClaimsPage</name>
    <message>
        <source>Search order, buyer, product or the buyer&apos;s words</source>
        <translation>搜索订单、买家、商品或买家描述</translation>
    </message>
    <message>
        <source>Open claims</source>
        <translation>未结索赔</translation>
    </message>
    <message>
        <source>Waiting for a reply</source>
        <translation>待回复</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>全部索赔</translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation>新建索赔(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a buyer&apos;s damage claim with its photos</source>
        <translation>记录买家的破损索赔及其照片</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see a photo at full size</source>
        <translation>双击或按 Enter 键查看原尺寸照片</translation>
    </message>
    <message>
        <source>Ask for &amp;evidence</source>
        <translation>索要证据(&amp;E)</translation>
    </message>
    <message>
        <source>Sub&amp;mit for review</source>
        <translation>提交平台审核(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>解决(&amp;R)…</translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation>关闭(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verification…</source>
        <translation>平台核实(&amp;V)…</translation>
    </message>
    <message>
        <source>Add p&amp;hotos…</source>
        <translation>添加照片(&amp;H)…</translation>
    </message>
    <message>
        <source>E&amp;dit details…</source>
        <translation>编辑详情(&amp;D)…</translation>
    </message>
    <message>
        <source>Waiting for the buyer&apos;s photos or description (Alt+E)</source>
        <translation>等待买家提供照片或描述（Alt+E）</translation>
    </message>
    <message>
        <source>The photos are with the platform, which verifies the damage (Alt+M)</source>
        <translation>照片已提交平台，由平台核实破损情况（Alt+M）</translation>
    </message>
    <message>
        <source>Refund, partial refund, reship, coupon or reject (Alt+R)</source>
        <translation>退款、部分退款、补发、发放优惠券或拒绝（Alt+R）</translation>
    </message>
    <message>
        <source>Nothing more to do on this claim (Alt+S)</source>
        <translation>此索赔已无需进一步处理（Alt+S）</translation>
    </message>
    <message>
        <source>What the platform&apos;s verification found (Alt+V)</source>
        <translation>平台核实的结果（Alt+V）</translation>
    </message>
    <message>
        <source>What was damaged, the cause, the buyer&apos;s language and the packaging used (Alt+D)</source>
        <translation>破损商品、原因、买家语言及所用包装（Alt+D）</translation>
    </message>
    <message>
        <source>The buyer&apos;s photos</source>
        <translation>买家的照片</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>No claim is selected. When a buyer reports an item that arrived damaged, record it with New claim and add the buyer&apos;s photos.</source>
        <translation>未选择索赔。买家反映商品到货时破损时，请通过“新建索赔”记录，并添加买家的照片。</translation>
    </message>
    <message>
        <source>Damage Claims</source>
        <translation>破损索赔</translation>
    </message>
    <message>
        <source>Buyers&apos; claims for goods that arrived damaged: collect the photos, follow the platform&apos;s verification, settle, and answer the buyer in their language. Claims owed a reply come first.</source>
        <translation>买家针对到货破损商品提出的索赔：收集照片，跟进平台核实，完成处理，并用买家的语言回复。待回复的索赔排在最前。</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n 个索赔</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim %1 · %2</source>
        <translation>索赔 %1 · %2</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>(not imported yet: linked when it is)</source>
        <translation>（尚未导入：导入后自动关联）</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>子订单 %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>writes in %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>破损商品</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unit(s)</source>
        <translation>
            <numerusform>%1 · %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Buyer&apos;s words</source>
        <translation>买家描述</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>平台核实</translation>
    </message>
    <message>
        <source>coupon %1 worth %2</source>
        <translation>优惠券 %1，面额 %2</translation>
    </message>
    <message>
        <source>tracking %1</source>
        <translation>物流单号 %1</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决方式</translation>
    </message>
    <message>
        <source>fragile label</source>
        <translation>有易碎标签</translation>
    </message>
    <message>
        <source>no fragile label</source>
        <translation>无易碎标签</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>改进措施：</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（未导入）</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>owed: the claim changed since the buyer last heard from you</source>
        <translation>待回复：自买家上次收到您的回复以来，索赔已有变化</translation>
    </message>
    <message>
        <source>Claim not changed</source>
        <translation>索赔未变更</translation>
    </message>
    <message>
        <source>Claim not recorded</source>
        <translation>索赔未记录</translation>
    </message>
    <message>
        <source>Some photos were not added</source>
        <translation>部分照片未添加</translation>
    </message>
    <message>
        <source>The claim is recorded; these photos were not added:
%1</source>
        <translation>索赔已记录；以下照片未添加：
%1</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Not possible yet</source>
        <translation>暂不可操作</translation>
    </message>
    <message>
        <source>Platform verification</source>
        <translation>平台核实</translation>
    </message>
    <message>
        <source>What did the platform&apos;s verification find?</source>
        <translation>平台核实的结果是什么？</translation>
    </message>
    <message>
        <source>on orders of %1 or more, until %2</source>
        <translation>订单满 %1 可用，有效期至 %2</translation>
    </message>
    <message>
        <source>(its minimum spend and last day are not recorded: Edit details)</source>
        <translation>（未记录最低消费和到期日：请“编辑详情”）</translation>
    </message>
    <message>
        <source>tracking not recorded yet: Edit details</source>
        <translation>尚未记录物流单号：请“编辑详情”</translation>
    </message>
    <message>
        <source>The claim&apos;s facts, and the settlement&apos;s tracking number or coupon terms (Alt+D)</source>
        <translation>索赔信息，以及处理结果的物流单号或优惠券条件（Alt+D）</translation>
    </message>
</context>
<context>
    <name>sd::ui::ColumnMappingDialog</name>
    <message>
        <source>Map columns</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Name, to reuse this mapping for the next file</source>
        <translation>名称，便于下个文件复用此映射</translation>
    </message>
    <message>
        <source>Choose the column for &quot;%1&quot;.</source>
        <translation>请为“%1”选择列。</translation>
    </message>
    <message>
        <source>Choose which column of the file holds each field. Fields left out keep what the workspace already has.</source>
        <translation>请为每个字段选择文件中对应的列。未选择的字段将保留工作区中的现有数据。</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>另存为：</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportDialog</name>
    <message>
        <source>Import the good rows; write the bad ones, with reasons, to a CSV beside the file</source>
        <translation>导入正确的行；将有问题的行连同原因写入文件旁的 CSV</translation>
    </message>
    <message>
        <source>&amp;Check only</source>
        <translation>仅检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Seller-center order export, or a SellerDesk export (.csv, .xlsx)</source>
        <translation>卖家后台导出的订单文件，或 SellerDesk 导出的文件（.csv、.xlsx）</translation>
    </message>
    <message>
        <source>The store named in each row</source>
        <translation>按每行中注明的店铺</translation>
    </message>
    <message>
        <source>The store&apos;s time zone</source>
        <translation>店铺的时区</translation>
    </message>
    <message>
        <source>US Pacific (AliExpress API data)</source>
        <translation>美国太平洋时间（速卖通 API 数据）</translation>
    </message>
    <message>
        <source>China (Asia/Shanghai)</source>
        <translation>中国（Asia/Shanghai）</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>— from the file —</source>
        <translation>— 取自文件 —</translation>
    </message>
    <message>
        <source>The seller-center export does not say how an order is fulfilled: choose the model of this file&apos;s new orders. Orders already in the workspace keep theirs.</source>
        <translation>卖家后台导出的文件不含订单的履约模式：请为此文件中的新订单选择履约模式。工作区中已有的订单保持原有的履约模式。</translation>
    </message>
    <message>
        <source>By header names</source>
        <translation>按表头名称</translation>
    </message>
    <message>
        <source>&amp;Map columns…</source>
        <translation>列映射(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>店铺(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Times are in:</source>
        <translation>时间所用时区(&amp;T):</translation>
    </message>
    <message>
        <source>Fulfillment &amp;model:</source>
        <translation>履约模式(&amp;M):</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C):</translation>
    </message>
    <message>
        <source>Check a file first to see what it would change; nothing is written until you import. An import goes in completely or not at all.</source>
        <translation>请先检查文件，看看它会带来哪些更改；在您导入之前不会写入任何数据。导入要么全部写入，要么完全不写入。</translation>
    </message>
    <message>
        <source>Order exports (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>订单导出文件 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Map columns</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>As mapped (not saved)</source>
        <translation>按当前映射（未保存）</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>This file does not say how its orders are fulfilled (seller-center exports never do): choose the model of its new orders.</source>
        <translation>此文件没有写明订单的履约模式（卖家后台导出的文件从不写明）：请为其中的新订单选择模式。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportSummary</name>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>Checked: the file can be imported. Nothing was written.</source>
        <translation>已检查：文件可以导入。未写入任何内容。</translation>
    </message>
    <message>
        <source>Checked: the file has problems. Nothing was written.</source>
        <translation>已检查：文件有问题。未写入任何内容。</translation>
    </message>
    <message>
        <source>Not imported. Nothing was written.</source>
        <translation>未导入。未写入任何内容。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消。未写入任何内容。</translation>
    </message>
    <message>
        <source>The file has problems: fix them, or import the good rows only (the option above).</source>
        <translation>文件有问题：请修正，或只导入没有问题的行（上方的选项）。</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>读取行数：%1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>更新：%1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>未变：%1</translation>
    </message>
    <message>
        <source>Would be new: %1</source>
        <translation>将新增：%1</translation>
    </message>
    <message>
        <source>Would be updated: %1</source>
        <translation>将更新：%1</translation>
    </message>
    <message>
        <source>Rows with problems: %1</source>
        <translation>有问题的行：%1</translation>
    </message>
    <message>
        <source>This same file was imported before, on %1.</source>
        <translation>同一文件已于 %1 导入过。</translation>
    </message>
    <message>
        <source>Rejected rows were written to %1</source>
        <translation>被拒绝的行已写入 %1</translation>
    </message>
    <message>
        <source>Warnings (the first %1 of %2):</source>
        <translation>警告（共 %2 条，列出前 %1 条）：</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Problems (the first %1 of %2):</source>
        <translation>问题（共 %2 个，列出前 %1 个）：</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
</context>
<context>
    <name>sd::ui::LedgerPage</name>
    <message>
        <source>Mark &amp;unfair…</source>
        <translation>标记为不合理(&amp;U)…</translation>
    </message>
    <message>
        <source>File &amp;appeal…</source>
        <translation>提交申诉(&amp;A)…</translation>
    </message>
    <message>
        <source>Record &amp;result…</source>
        <translation>记录结果(&amp;R)…</translation>
    </message>
    <message>
        <source>Attach &amp;document…</source>
        <translation>上传文件(&amp;D)…</translation>
    </message>
    <message>
        <source>Search entry ID, reason or order ID</source>
        <translation>搜索流水号、原因或订单号</translation>
    </message>
    <message>
        <source>Payouts and deductions</source>
        <translation>放款与扣款</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>放款</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>Deductions marked unfair whose appeal is not filed yet (first) or not decided yet, the nearest appeal deadline first.</source>
        <translation>已标记为不合理、尚未提交申诉（排在前面）或申诉尚未裁决的扣款，按申诉截止时间由近到远排列。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>已申诉</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已追回</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>流水</translation>
    </message>
    <message>
        <source>Net = payouts − deductions + recovered. Appealed is the sum of the deductions whose appeal was filed; each month counts the entries dated in it (store time).</source>
        <translation>净额 = 放款 − 扣款 + 已追回。已申诉为已提交申诉的扣款合计；每月统计日期在该月内的流水（按店铺时间）。</translation>
    </message>
    <message>
        <source>Appeal queue</source>
        <translation>待申诉队列</translation>
    </message>
    <message>
        <source>Monthly reconciliation</source>
        <translation>月度对账</translation>
    </message>
    <message>
        <source>Mark a deduction unfair, to appeal it (Alt+U)</source>
        <translation>将扣款标记为不合理，以便申诉（Alt+U）</translation>
    </message>
    <message>
        <source>Record that the appeal was filed, and its deadline (Alt+A)</source>
        <translation>记录申诉已提交及其截止时间（Alt+A）</translation>
    </message>
    <message>
        <source>Won, partly won or lost, and the amount recovered (Alt+R)</source>
        <translation>申诉成功、部分成功或失败，以及追回金额（Alt+R）</translation>
    </message>
    <message>
        <source>Appeal documents</source>
        <translation>申诉文件</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>&amp;Import statement…</source>
        <translation>导入对账单(&amp;I)…</translation>
    </message>
    <message>
        <source>Alipay ledger</source>
        <translation>支付宝流水</translation>
    </message>
    <message>
        <source>Payouts and deductions of the international Alipay account. Mark a deduction unfair, appeal it, and see each month reconciled.</source>
        <translation>国际支付宝账户的放款与扣款。可将扣款标记为不合理并提交申诉，并查看每月对账结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n 条流水</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reason stated)</source>
        <translation>（未注明原因）</translation>
    </message>
    <message>
        <source>Deductions by reason (%1)</source>
        <translation>按原因统计扣款（%1）</translation>
    </message>
    <message>
        <source>Choose an entry on the Entries or Appeal queue tab.</source>
        <translation>请在“流水”或“待申诉队列”标签页中选择一条流水。</translation>
    </message>
    <message>
        <source>No entry is selected.</source>
        <translation>未选择流水。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason as stated</source>
        <translation>注明的原因</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>拒付</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>marked unfair, not filed yet</source>
        <translation>已标记为不合理，尚未提交申诉</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>申诉提交时间</translation>
    </message>
    <message>
        <source>Appeal deadline</source>
        <translation>申诉截止时间</translation>
    </message>
    <message>
        <source>Not &amp;unfair…</source>
        <translation>取消不合理标记(&amp;U)…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>No longer unfair</source>
        <translation>取消不合理标记</translation>
    </message>
    <message>
        <source>Mark unfair</source>
        <translation>标记为不合理</translation>
    </message>
    <message>
        <source>Why the deduction is fair after all (for the timeline; optional):</source>
        <translation>该扣款为何合理（记入处理记录；可选）：</translation>
    </message>
    <message>
        <source>Why the deduction is unfair (for the timeline and the appeal):</source>
        <translation>该扣款为何不合理（记入处理记录及申诉）：</translation>
    </message>
    <message>
        <source>File the appeal</source>
        <translation>提交申诉</translation>
    </message>
    <message>
        <source>The deadline the deduction notice states; prefilled from the appeal-window rule</source>
        <translation>扣款通知中注明的截止时间；已根据申诉期规则预填</translation>
    </message>
    <message>
        <source>Filed at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>裁决截止时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Appeal result</source>
        <translation>申诉结果</translation>
    </message>
    <message>
        <source>The platform decided:</source>
        <translation>平台裁决：</translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation>追回金额</translation>
    </message>
    <message>
        <source>Recovered (%1)</source>
        <translation>已追回（%1）</translation>
    </message>
    <message>
        <source>Between 0 and %1</source>
        <translation>0 至 %1 之间</translation>
    </message>
    <message>
        <source>A partly won appeal recovers more than 0 and less than %1</source>
        <translation>申诉部分成功时，追回金额应大于 0 且小于 %1</translation>
    </message>
    <message>
        <source>Attach appeal documents</source>
        <translation>上传申诉文件</translation>
    </message>
    <message>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf)</source>
        <translation>图片和 PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf)</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>部分文件未能上传</translation>
    </message>
</context>
<context>
    <name>sd::ui::MainWindow</name>
    <message>
        <source>SellerDesk — demo workspace</source>
        <translation>SellerDesk — 演示工作区</translation>
    </message>
    <message>
        <source>SellerDesk</source>
        <translation>SellerDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Back up workspace…</source>
        <translation>备份工作区(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SellerDesk</source>
        <translation>关于 SellerDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>店铺：</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>备份工作区</translation>
    </message>
    <message>
        <source>SellerDesk workspace (*.sqlite)</source>
        <translation>SellerDesk 工作区 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>导入订单(&amp;I)…</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>备份(&amp;K)…</translation>
    </message>
    <message>
        <source>Workspace &amp;Settings…</source>
        <translation>工作区设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed</source>
        <translation>只读：无法做任何更改</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>%1 cannot be replaced; the backup was written to %2.</source>
        <translation>无法替换 %1；备份已写入 %2。</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>你的姓名(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>sd::ui::OrdersPage</name>
    <message>
        <source>In dispute</source>
        <translation>纠纷中</translation>
    </message>
    <message>
        <source>Not reviewed today</source>
        <translation>今日未复核</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>保存备注(&amp;S)</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>标记为已复核(&amp;R)</translation>
    </message>
    <message>
        <source>Search order ID, buyer, product or tracking number</source>
        <translation>搜索订单号、买家、商品或运单号</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>全部履约模式</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any handover</source>
        <translation>全部交接状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within 12 h</source>
        <translation>12 小时内到期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Ordered on or after this day</source>
        <translation>下单日期不早于此日</translation>
    </message>
    <message>
        <source>Ordered on or before this day</source>
        <translation>下单日期不晚于此日</translation>
    </message>
    <message>
        <source>Ordered from</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>导出当前视图(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark the selected orders reviewed today (Ctrl+R)</source>
        <translation>将所选订单标记为今日已复核（Ctrl+R）</translation>
    </message>
    <message>
        <source>Notes for the team: what was agreed, what to check. Kept when newer exports are imported.</source>
        <translation>给团队的备注：约定了什么、需要核对什么。导入更新的导出文件时会保留。</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>子订单</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>Staff note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Every order of the chosen store. Handover deadlines count down from the rule in force when the order was paid; red is overdue, amber is due within 12 hours.</source>
        <translation>所选店铺的全部订单。交接截止时间按订单付款时生效的规则倒计时；红色表示已逾期，琥珀色表示 12 小时内到期。</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>全部国家/地区</translation>
    </message>
    <message>
        <source>The orders could not be read: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation>未选择订单</translation>
    </message>
    <message>
        <source>Choose an order to see its line items, status history and note.</source>
        <translation>选择一个订单，即可查看其子订单、状态历史和备注。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Buyer: %1 (%2)</source>
        <translation>买家：%1（%2）</translation>
    </message>
    <message>
        <source>Total %1 = products %2 + shipping %3 − discount %4</source>
        <translation>合计 %1 = 商品 %2 + 运费 %3 − 折扣 %4</translation>
    </message>
    <message>
        <source>Commission: %1 (%2 %)</source>
        <translation>佣金：%1（%2%）</translation>
    </message>
    <message>
        <source>Ordered: %1</source>
        <translation>下单时间：%1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>付款时间：%1</translation>
    </message>
    <message>
        <source>Handover due: %1</source>
        <translation>交接截止时间：%1</translation>
    </message>
    <message>
        <source>Shipped: %1 %2 %3</source>
        <translation>已发货：%1 %2 %3</translation>
    </message>
    <message>
        <source>Reviewed on %1</source>
        <translation>已于 %1 复核</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>标记为已复核</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>导出订单</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>正在导出订单…</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个订单写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed or not</source>
        <translation>全部复核状态</translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>从未复核</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Line item %2 · product %3 · SKU %4</source>
        <translation>%1
子订单 %2 · 商品 %3 · SKU %4</translation>
    </message>
    <message>
        <source>%1
Recorded by: %2</source>
        <translation>%1
记录来源：%2</translation>
    </message>
</context>
<context>
    <name>sd::ui::PageRegistry</name>
    <message>
        <source>Stores</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Disputes &amp; Chargebacks</source>
        <translation>纠纷与拒付</translation>
    </message>
    <message>
        <source>Alipay Ledger</source>
        <translation>支付宝流水</translation>
    </message>
    <message>
        <source>Merchant Tier</source>
        <translation>商家分层</translation>
    </message>
    <message>
        <source>Damage Claims</source>
        <translation>破损索赔</translation>
    </message>
    <message>
        <source>Reply Templates</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation>利润计算</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>sd::ui::PhotoViewer</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一张(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>下一张(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Open in the system &amp;viewer</source>
        <translation>在系统查看器中打开(&amp;V)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <source>%1 · %2 × %3</source>
        <translation>%1 · %2 × %3</translation>
    </message>
</context>
<context>
    <name>sd::ui::ReplyEditor</name>
    <message>
        <source>&amp;Copy for sending</source>
        <translation>复制以发送(&amp;C)</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>重新生成(&amp;O)</translation>
    </message>
    <message>
        <source>Suggested from where the claim stands; choose another if it fits better</source>
        <translation>根据索赔当前状态推荐；如有更合适的，可另选</translation>
    </message>
    <message>
        <source>Suggested from the buyer&apos;s language, else their country</source>
        <translation>根据买家的语言推荐，否则根据其所在国家/地区</translation>
    </message>
    <message>
        <source>Your name, as you sign replies</source>
        <translation>您在回复中的署名</translation>
    </message>
    <message>
        <source>Fills {agent_name}; saved for your user in this workspace</source>
        <translation>用于填充 {agent_name}；按您的用户保存在此工作区中</translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard and save it on the claim&apos;s timeline (Ctrl+Shift+C)</source>
        <translation>将回复复制到剪贴板，并保存到索赔的处理记录（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Render the template again, discarding your edits</source>
        <translation>重新生成模板内容，放弃您的编辑</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Sign &amp;as:</source>
        <translation>署名(&amp;A)：</translation>
    </message>
    <message>
        <source>Reply to the buyer</source>
        <translation>回复买家</translation>
    </message>
    <message>
        <source>Sign as</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1（v%2）</translation>
    </message>
    <message>
        <source>Replace the draft?</source>
        <translation>替换草稿？</translation>
    </message>
    <message>
        <source>You have edited this draft. Replace it with the template?</source>
        <translation>您已编辑此草稿。要用模板替换吗？</translation>
    </message>
    <message>
        <source>%1, suggested</source>
        <translation>%1（推荐）</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>第 %1 行：%2。</translation>
    </message>
    <message>
        <source>Type your name in Sign as.</source>
        <translation>请在“署名”中填写您的名字。</translation>
    </message>
    <message>
        <source>Cannot be copied until these are filled:</source>
        <translation>以下内容填写完毕后才能复制：</translation>
    </message>
    <message>
        <source>Not copied: fill the placeholders marked in red first.</source>
        <translation>未复制：请先填写标红的占位符。</translation>
    </message>
    <message>
        <source>Copy for sending</source>
        <translation>复制以发送</translation>
    </message>
    <message>
        <source>The reply was not copied: %1</source>
        <translation>回复未复制：%1</translation>
    </message>
    <message>
        <source>Copied at %1 and saved on the claim&apos;s timeline. Paste it into the buyer&apos;s message or the dispute.</source>
        <translation>已于 %1 复制并保存到索赔的处理记录。请将其粘贴到买家消息或纠纷中。</translation>
    </message>
    <message>
        <source>The reply to claim %1 was copied at %2 and saved on its timeline.</source>
        <translation>索赔 %1 的回复已于 %2 复制，并已保存到其处理记录。</translation>
    </message>
    <message>
        <source>No refund is recorded on this claim: choose a reply that does not promise one, or resolve the claim first.</source>
        <translation>此索赔尚未记录退款：请选择不承诺退款的回复，或先处理索赔。</translation>
    </message>
    <message>
        <source>Record it on the claim (Resolve…, or Edit details… once resolved), or replace it in the draft.</source>
        <translation>请在索赔中记录（“解决…”，已解决的用“编辑详情…”），或在草稿中替换。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ReportsPage</name>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV files in one .zip</source>
        <translation>CSV 文件（打包为一个 .zip）</translation>
    </message>
    <message>
        <source>CSV files, one per section</source>
        <translation>CSV 文件（每个部分一个）</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Byte-order mark for Excel</source>
        <translation>为 Excel 添加字节顺序标记(BOM)</translation>
    </message>
    <message>
        <source>Starts each CSV file with the UTF-8 byte-order mark, so that Excel reads Chinese and other non-English text correctly. Leave it off for programs that do not expect it.</source>
        <translation>在每个 CSV 文件开头写入 UTF-8 字节顺序标记(BOM)，使 Excel 能正确读取中文及其他非英文文本。若其他程序不支持该标记，请关闭此选项。</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>周期(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;tore:</source>
        <translation>店铺(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the report in the chosen format (Ctrl+E)</source>
        <translation>按所选格式导出报表（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>打印报表（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Recent exports</source>
        <translation>最近导出</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Double-click to open the report</source>
        <translation>双击打开报表</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>The daily review, the monthly store report and the claims report for managers and accountants, as PDF, Excel or CSV. The command line writes the same files for scheduled jobs (sellerdesk-cli report).</source>
        <translation>为管理人员和财务人员提供每日复盘、店铺月报和索赔报表，可导出为 PDF、Excel 或 CSV。命令行可为定时任务生成相同的文件（sellerdesk-cli report）。</translation>
    </message>
    <message>
        <source>The paper size could not be saved: %1</source>
        <translation>无法保存纸张尺寸：%1</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>无法生成报表：%1</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>全部店铺</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
By %2 (%3)</source>
        <translation>%1
由 %2 导出（%3）</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>本窗口</translation>
    </message>
    <message>
        <source>there is no report to export</source>
        <translation>没有可导出的报表</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) beside %1</source>
        <translation>
            <numerusform>已在 %1 所在位置保存 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>The report was not exported.

%1</source>
        <translation>报表未导出。

%1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>The report was not printed.

%1</source>
        <translation>报表未打印。

%1</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n page(s)</source>
        <translation>
            <numerusform>预览：共 %n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::ResolveDialog</name>
    <message>
        <source>Resolve claim %1</source>
        <translation>解决索赔 %1</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation>%1，例如 %2</translation>
    </message>
    <message>
        <source>Optional with a refund</source>
        <translation>发放退款时可选</translation>
    </message>
    <message>
        <source>The replacement&apos;s tracking number, when known</source>
        <translation>补发商品的物流单号（如已知）</translation>
    </message>
    <message>
        <source>For the timeline; required when rejecting (why)</source>
        <translation>记入处理记录；拒绝时必填（说明原因）</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>处理方式(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;fund (%1):</source>
        <translation>退款（%1）(&amp;F)：</translation>
    </message>
    <message>
        <source>Coupon &amp;code:</source>
        <translation>优惠券代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Coupon &amp;value (%1):</source>
        <translation>优惠券面额（%1）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Tracking:</source>
        <translation>物流单号(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Say why the claim is rejected: the buyer will ask.</source>
        <translation>请说明拒绝索赔的原因：买家会询问。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>The last day the buyer can use the coupon, as the seller center set it</source>
        <translation>买家可使用优惠券的最后一天（与卖家后台设置一致）</translation>
    </message>
    <message>
        <source>%1, the smallest order it applies to</source>
        <translation>%1，适用的最低订单金额</translation>
    </message>
    <message>
        <source>Coupon valid &amp;until:</source>
        <translation>优惠券有效期至(&amp;U)：</translation>
    </message>
    <message>
        <source>Coupon &amp;minimum spend (%1):</source>
        <translation>优惠券最低消费（%1）(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>sd::ui::RulesPage</name>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Add dated value</source>
        <translation>添加生效值</translation>
    </message>
    <message>
        <source>Where this value comes from: announcement, page, person</source>
        <translation>该值的来源：公告、页面、人员</translation>
    </message>
    <message>
        <source>Values in force on:</source>
        <translation>查看此日期的生效值：</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>History (the value in bold is in force today):</source>
        <translation>历史记录（粗体为今天生效的值）：</translation>
    </message>
    <message>
        <source>Add a dated value</source>
        <translation>添加带生效日期的值</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>生效日期(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S):</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Platform policy numbers change without notice. Each is kept with the date it takes effect and its source; calculators and deadlines use the value in force on the day in question.</source>
        <translation>平台政策中的数值可能随时调整，且不会提前通知。每个数值都连同其生效日期和来源一起保存；计算器和截止时间均采用相应日期当天生效的值。</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>键名：%1</translation>
    </message>
    <message>
        <source>Added. Earlier values stay in the history.</source>
        <translation>已添加。之前的值仍保留在历史记录中。</translation>
    </message>
    <message>
        <source>items</source>
        <translation>件</translation>
    </message>
</context>
<context>
    <name>sd::ui::Screenshots</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>sd::ui::SettingsDialog</name>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Erase Older Personal Data…</source>
        <translation>清除较早的个人数据(&amp;E)…</translation>
    </message>
    <message>
        <source>Workspace Settings</source>
        <translation>工作区设置</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Largest file:</source>
        <translation>最大文件：</translation>
    </message>
    <message>
        <source>Most fields in one row:</source>
        <translation>每行最多字段数：</translation>
    </message>
    <message>
        <source>Largest Excel sheet, unpacked:</source>
        <translation>Excel 工作表解压后最大：</translation>
    </message>
    <message>
        <source>A file over a limit is refused before it is read, with a message naming the limit. The unpacked size stops &quot;zip bombs&quot;: small workbooks that unpack to gigabytes.</source>
        <translation>超过上限的文件在读取前即被拒绝，并提示是哪项上限。解压大小可阻止&quot;压缩炸弹&quot;：解压后达数 GB 的小工作簿。</translation>
    </message>
    <message>
        <source>Evidence and photos</source>
        <translation>证据和照片</translation>
    </message>
    <message>
        <source>Buyers&apos; personal data</source>
        <translation>买家个人数据</translation>
    </message>
    <message>
        <source>Keep names and logins for:</source>
        <translation>姓名和登录名保留：</translation>
    </message>
    <message>
        <source>The workspace is open read-only: nothing can be changed.</source>
        <translation>工作区以只读方式打开：无法做任何更改。</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>设置无法保存：%1</translation>
    </message>
    <message>
        <source>Cannot count the records: %1</source>
        <translation>无法统计记录：%1</translation>
    </message>
    <message>
        <source>No record from before %1 holds buyers&apos; personal data.</source>
        <translation>%1 之前没有记录含有买家个人数据。</translation>
    </message>
    <message>
        <source>From before %1: %2 orders, %3 disputes, %4 damage claims and %5 replies still hold buyers&apos; names or logins.</source>
        <translation>%1 之前：%2 个订单、%3 个纠纷、%4 个破损索赔和 %5 条回复仍含有买家姓名或登录名。</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>清除个人数据</translation>
    </message>
    <message>
        <source>Erase the buyers&apos; names and logins from %1 orders, %2 disputes and %3 damage claims from before %4, and the text of %5 replies sent to those buyers?</source>
        <translation>清除 %4 之前 %1 个订单、%2 个纠纷和 %3 个破损索赔中的买家姓名和登录名，以及发给这些买家的 %5 条回复的正文？</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Erasing personal data…</source>
        <translation>正在清除个人数据…</translation>
    </message>
    <message>
        <source>Nothing erased</source>
        <translation>未清除任何内容</translation>
    </message>
    <message>
        <source>The personal data could not be erased, and nothing was changed: %1</source>
        <translation>个人数据无法清除，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>个人数据已清除</translation>
    </message>
    <message>
        <source>Erased from %1 orders, %2 disputes, %3 damage claims and %4 replies.</source>
        <translation>已从 %1 个订单、%2 个纠纷、%3 个破损索赔和 %4 条回复中清除。</translation>
    </message>
    <message>
        <source>Amounts, statuses, products and countries stay, so reports still add up. This cannot be undone. Backups written before now still hold the data: daily ones roll over within the days kept; delete older manual and before-update backups from the backup folder if they must go too.</source>
        <translation>金额、状态、商品和国家会保留，报表仍能对上。此操作无法撤销。此前写入的备份仍含有这些数据：每日备份会在保留天数内轮换；如需一并清除，请从备份文件夹中删除较早的手动备份和更新前备份。</translation>
    </message>
</context>
<context>
    <name>sd::ui::StaffNameDialog</name>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Your team sees this name beside your work: on dispute, chargeback and claim timelines, in the audit log and in the import history. It is kept on this computer for your system account.</source>
        <translation>团队会在你的工作旁看到这个名字：纠纷、拒付和索赔的时间线，审计日志和导入记录中都会显示。它保存在这台电脑上，属于你的系统账户。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>sd::ui::StoreDialog</name>
    <message>
        <source>Add store</source>
        <translation>添加店铺</translation>
    </message>
    <message>
        <source>Rename store</source>
        <translation>重命名店铺</translation>
    </message>
    <message>
        <source>As it appears in the seller center</source>
        <translation>与卖家后台中显示的一致</translation>
    </message>
    <message>
        <source>e.g. cn1521873042</source>
        <translation>例如 cn1521873042</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Account id:</source>
        <translation>账号 ID(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T):</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
</context>
<context>
    <name>sd::ui::StoresPage</name>
    <message>
        <source>&amp;Add store…</source>
        <translation>添加店铺(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>归档(&amp;H)</translation>
    </message>
    <message>
        <source>Show archived stores</source>
        <translation>显示已归档店铺</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Each seller account you run is a store. Every order, dispute and claim belongs to one; choose a store in the toolbar to see only its records.</source>
        <translation>您运营的每个卖家账号就是一个店铺。每笔订单、纠纷和索赔都归属于某个店铺；在工具栏中选择店铺即可只查看该店铺的记录。</translation>
    </message>
    <message>
        <source>Unarc&amp;hive</source>
        <translation>取消归档(&amp;H)</translation>
    </message>
    <message>
        <source>Archive store</source>
        <translation>归档店铺</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? Its records stay in the workspace and it can be unarchived at any time; it is hidden from the store picker.</source>
        <translation>要归档“%1”吗？其记录仍保留在工作区中，且可随时取消归档；归档后它将不再出现在店铺选择器中。</translation>
    </message>
    <message>
        <source>JIT: use Cainiao &amp;pickup</source>
        <translation>JIT：改用菜鸟揽收(&amp;P)</translation>
    </message>
    <message>
        <source>JIT: &amp;self-deliver</source>
        <translation>JIT：改为自送仓(&amp;S)</translation>
    </message>
    <message>
        <source>Semi-managed JIT orders are collected by the Cainiao pickup: the 24-hour handover rule applies.</source>
        <translation>半托管 JIT 订单由菜鸟上门揽收：适用 24 小时交接规则。</translation>
    </message>
    <message>
        <source>This store delivers semi-managed JIT orders to the warehouse itself: the 48-hour handover rule applies.</source>
        <translation>此店铺自行将半托管 JIT 订单送至仓库：适用 48 小时交接规则。</translation>
    </message>
    <message>
        <source>JIT handover</source>
        <translation>JIT 交接</translation>
    </message>
</context>
<context>
    <name>sd::ui::TemplatesPage</name>
    <message>
        <source>&amp;Save as new version</source>
        <translation>保存为新版本(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>Restore &amp;shipped wording</source>
        <translation>恢复内置措辞(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Add or update templates from a library file another team shared</source>
        <translation>从其他团队共享的模板库文件中添加或更新模板</translation>
    </message>
    <message>
        <source>Write the library as a JSON file to share with your team</source>
        <translation>将模板库导出为 JSON 文件，以便与团队共享</translation>
    </message>
    <message>
        <source>Keeps the earlier versions; replies already sent keep the version they used (Ctrl+S)</source>
        <translation>保留早期版本；已发送的回复仍使用其当时的版本（Ctrl+S）</translation>
    </message>
    <message>
        <source>Make the wording SellerDesk ships the newest version again</source>
        <translation>将 SellerDesk 内置的措辞重新设为最新版本</translation>
    </message>
    <message>
        <source>Hide a template of your own from the library and the reply editor</source>
        <translation>将您自建的模板从模板库和回复编辑器中隐藏</translation>
    </message>
    <message>
        <source>Optional: shown when SellerDesk runs in Chinese</source>
        <translation>可选：SellerDesk 以中文运行时显示</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>使用场景</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Add &amp;language…</source>
        <translation>添加语言(&amp;L)…</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史版本：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>键：</translation>
    </message>
    <message>
        <source>&amp;Title (English, 中文):</source>
        <translation>标题（英文、中文）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description (English, 中文):</source>
        <translation>说明（英文、中文）(&amp;D)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>占位符</translation>
    </message>
    <message>
        <source>Filled with</source>
        <translation>填充内容</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation>双击以在光标处插入</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert)</source>
        <translation>占位符（双击插入）</translation>
    </message>
    <message>
        <source>Preview with:</source>
        <translation>预览数据：</translation>
    </message>
    <message>
        <source>Reply Templates</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <source>The replies staff send to buyers, in each buyer&apos;s language. Placeholders in braces are filled from the claim; every saved edit is a new version, and built-in templates can be restored to the shipped wording.</source>
        <translation>员工用买家的语言发送给买家的回复。花括号中的占位符会根据索赔内容填充；每次保存编辑都会生成新版本，内置模板可恢复为内置措辞。</translation>
    </message>
    <message>
        <source>A sample claim</source>
        <translation>示例索赔</translation>
    </message>
    <message>
        <source>Claim %1 · %2 · %3</source>
        <translation>索赔 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1
v%2 · %3</source>
        <translation>%1
v%2 · %3</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>自建</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3 · %4</source>
        <translation>v%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation>第 %1 行，第 %2 列：%3。</translation>
    </message>
    <message>
        <source>&amp;Save as version %1</source>
        <translation>保存为版本 %1(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your store</source>
        <translation>您的店铺</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; has changes that are not saved. Discard them?</source>
        <translation>模板“%1”有未保存的更改。要放弃这些更改吗？</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>A short key, lower-case letters, digits and _ (e.g. delay_apology):</source>
        <translation>简短的键名，由小写字母、数字和 _ 组成（例如 delay_apology）：</translation>
    </message>
    <message>
        <source>There is already a template &quot;%1&quot;.</source>
        <translation>已存在模板“%1”。</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>添加语言</translation>
    </message>
    <message>
        <source>Showing version %1: save to make it the newest version again.</source>
        <translation>正在显示版本 %1：保存后将其重新设为最新版本。</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Archive template</source>
        <translation>归档模板</translation>
    </message>
    <message>
        <source>Hide &quot;%1&quot; from the library? Replies already sent keep it.</source>
        <translation>要将“%1”从模板库中隐藏吗？已发送的回复仍保留该模板。</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>未归档</translation>
    </message>
    <message>
        <source>Import a template library</source>
        <translation>导入模板库</translation>
    </message>
    <message>
        <source>Template library (*.json)</source>
        <translation>模板库 (*.json)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>未做任何更改。

%1</translation>
    </message>
    <message>
        <source>Library imported</source>
        <translation>模板库已导入</translation>
    </message>
    <message>
        <source>%1 added, %2 updated (each as a new version), %3 unchanged.</source>
        <translation>新增 %1 个，更新 %2 个（均作为新版本），%3 个未变。</translation>
    </message>
    <message>
        <source>Export the template library</source>
        <translation>导出模板库</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Show the new wording</source>
        <translation>查看新措辞</translation>
    </message>
    <message>
        <source>Use the new wording</source>
        <translation>采用新措辞</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Open the shipped wording in the editor, to compare; save it to use it</source>
        <translation>在编辑器中打开内置措辞以便比较；保存后即采用</translation>
    </message>
    <message>
        <source>Make the shipped wording the newest version (yours stays in the history)</source>
        <translation>将内置措辞设为最新版本（您的版本保留在历史中）</translation>
    </message>
    <message>
        <source>Keep your wording; this shipped wording is not offered again</source>
        <translation>保留您的措辞；此内置措辞不再提示</translation>
    </message>
    <message>
        <source>new wording offered</source>
        <translation>有新措辞</translation>
    </message>
    <message>
        <source>SellerDesk ships a new wording of this template. Your edited version stays in use until you choose.</source>
        <translation>SellerDesk 提供了此模板的新措辞。在您选择之前，仍使用您编辑的版本。</translation>
    </message>
    <message>
        <source>Language code (e.g. de, it, pt_BR, es_419):</source>
        <translation>语言代码（例如 de、it、pt_BR、es_419）：</translation>
    </message>
    <message>
        <source>Showing the new shipped wording: save it to use it, or discard the changes to keep yours.</source>
        <translation>正在显示新的内置措辞：保存即采用，或放弃更改以保留您的措辞。</translation>
    </message>
</context>
<context>
    <name>sd::ui::TierPage</name>
    <message>
        <source>Entered by hand</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>计算得出</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>&amp;Enter value…</source>
        <translation>输入数值(&amp;E)…</translation>
    </message>
    <message>
        <source>Use the &amp;computed value</source>
        <translation>使用计算值(&amp;C)</translation>
    </message>
    <message>
        <source>Reset &amp;what-if</source>
        <translation>重置假设分析(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Record published tier…</source>
        <translation>记录平台公布的等级(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove published tier</source>
        <translation>删除平台公布的等级</translation>
    </message>
    <message>
        <source>From the orders</source>
        <translation>根据订单判定</translation>
    </message>
    <message>
        <source>How the assessment grades this store. &quot;From the orders&quot; uses the fulfillment model with the most orders that month.</source>
        <translation>考核按哪种商家类型评定此店铺。“根据订单判定”会采用当月订单最多的履约模式。</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>店铺(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>Graded &amp;as</source>
        <translation>考核类型(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import indicators…</source>
        <translation>导入指标(&amp;I)…</translation>
    </message>
    <message>
        <source>Monthly indicators and published tiers from a CSV or XLSX file</source>
        <translation>从 CSV 或 XLSX 文件导入每月指标和平台公布的等级</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Next level at</source>
        <translation>下一等级阈值</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <source>Type another value to see the tier it would give; nothing is saved</source>
        <translation>输入其他数值，查看对应的等级；不会保存任何内容</translation>
    </message>
    <message>
        <source>Enter this month&apos;s value by hand; it wins over the computed one (Alt+E)</source>
        <translation>手动录入本月数值；手动录入的数值优先于计算得出的数值（Alt+E）</translation>
    </message>
    <message>
        <source>Remove the value entered or imported, and use the one computed from the workspace</source>
        <translation>移除手动录入或导入的数值，改用根据工作区数据计算得出的数值</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>平台公布</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务等级</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>是否一致</translation>
    </message>
    <message>
        <source>Record the tier the seller center publishes each month (Store Information → Merchant Tiered Assessment). Where it differs from the projection, adjust the model&apos;s weights and thresholds.</source>
        <translation>记录卖家后台每月公布的等级（店铺信息 → 商家分层考核）。与预测不一致时，请调整模型的权重和阈值。</translation>
    </message>
    <message>
        <source>&amp;Save as new version…</source>
        <translation>另存为新版本(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the weights and thresholds as edited above, in force from a month you choose</source>
        <translation>保存上方编辑后的权重和阈值，从您选择的月份起生效</translation>
    </message>
    <message>
        <source>Import &amp;model…</source>
        <translation>导入模型(&amp;M)…</translation>
    </message>
    <message>
        <source>E&amp;xport model…</source>
        <translation>导出模型(&amp;X)…</translation>
    </message>
    <message>
        <source>Restore the s&amp;hipped model</source>
        <translation>恢复内置模型(&amp;H)</translation>
    </message>
    <message>
        <source>Add SellerDesk&apos;s default model as a new version, in force from this month</source>
        <translation>将 SellerDesk 的默认模型添加为新版本，从本月起生效</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>History and calibration</source>
        <translation>历史与校准</translation>
    </message>
    <message>
        <source>Assessment model</source>
        <translation>考核模型</translation>
    </message>
    <message>
        <source>Merchant tier</source>
        <translation>商家分层</translation>
    </message>
    <message>
        <source>Where each store stands this month in the Merchant Tiered Assessment, and the smallest step to the next tier. The model is SellerDesk&apos;s estimate: calibrate it with the published tiers.</source>
        <translation>各店铺本月在商家分层考核中的位置，以及升到下一等级的最小一步。该模型是 SellerDesk 的估算：请用平台公布的等级进行校准。</translation>
    </message>
    <message>
        <source>From the orders (%1)</source>
        <translation>根据订单判断（%1）</translation>
    </message>
    <message>
        <source>No store</source>
        <translation>无店铺</translation>
    </message>
    <message>
        <source>Add a store on the Stores page to see its tier.</source>
        <translation>请在“店铺”页面添加店铺，以查看其等级。</translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation>%1，截至 %2</translation>
    </message>
    <message>
        <source>Projected tier %1</source>
        <translation>预测等级 %1</translation>
    </message>
    <message>
        <source>Score &lt;b&gt;%1&lt;/b&gt; of 100</source>
        <translation>得分 &lt;b&gt;%1&lt;/b&gt; / 100</translation>
    </message>
    <message>
        <source> · %1 from %2</source>
        <translation> · %1 级：%2 分起</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>No graded indicator has a value yet: import the month&apos;s indicators or enter them by hand.</source>
        <translation>尚无任何计分指标有数值：请导入本月指标或手动录入。</translation>
    </message>
    <message>
        <source>Graded as %1%2</source>
        <translation>考核类型：%1%2</translation>
    </message>
    <message>
        <source> (from the orders)</source>
        <translation>（根据订单判定）</translation>
    </message>
    <message numerus="yes">
        <source>Service level (last %n month(s)): %1</source>
        <translation>
            <numerusform>服务等级（近 %n 个月）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Published: &lt;b&gt;%1&lt;/b&gt; — differs from the projection</source>
        <translation>平台公布：&lt;b&gt;%1&lt;/b&gt; — 与预测不一致</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>平台公布：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Smallest step to %1:&lt;/b&gt; %2 %3 (%4 → %5)</source>
        <translation>&lt;b&gt;升至 %1 的最小一步：&lt;/b&gt;%2 %3（%4 → %5）</translation>
    </message>
    <message>
        <source>Other single steps: %1</source>
        <translation>其他单项途径：%1</translation>
    </message>
    <message>
        <source>No single indicator reaches %1 alone: improve several (see the gaps).</source>
        <translation>没有任何单项指标能单独达到 %1：需同时改善多项指标（见差距）。</translation>
    </message>
    <message>
        <source>S is the highest tier: keep the indicators where they are.</source>
        <translation>S 为最高等级：保持各项指标现有水平即可。</translation>
    </message>
    <message>
        <source>What %1 brings</source>
        <translation>%1 级权益</translation>
    </message>
    <message>
        <source>What %1 would bring</source>
        <translation>升至 %1 级可获得的权益</translation>
    </message>
    <message>
        <source>Computed: %1 (%2)</source>
        <translation>计算值：%1（%2）</translation>
    </message>
    <message>
        <source>%1 (computed %2)</source>
        <translation>%1（计算值 %2）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>不计分</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Percent, such as 2.5</source>
        <translation>百分比，例如 2.5</translation>
    </message>
    <message>
        <source>A number in the indicator&apos;s unit</source>
        <translation>以该指标单位计的数值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>What if: type other values in the last column to see the tier they would give.</source>
        <translation>假设分析：在最后一列输入其他数值，查看对应的等级。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>&lt;b&gt;What if:&lt;/b&gt; no graded indicator has a value (now %1)</source>
        <translation>&lt;b&gt;假设分析：&lt;/b&gt;没有任何计分指标有数值（当前 %1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;What if: &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;&lt;/b&gt;, score %3 (now %4)</source>
        <translation>&lt;b&gt;假设分析：&lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;&lt;/b&gt;，得分 %3（当前 %4）</translation>
    </message>
    <message>
        <source>Enter %1</source>
        <translation>录入%1</translation>
    </message>
    <message>
        <source>Where the figure comes from (optional)</source>
        <translation>数据来源（可选）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Value (%)</source>
        <translation>数值（%）</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>数值（%1）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Tier over the last 12 months: projected and published</source>
        <translation>近 12 个月等级：预测与平台公布</translation>
    </message>
    <message>
        <source>Key indicators over the last 12 months (%)</source>
        <translation>近 12 个月关键指标（%）</translation>
    </message>
    <message>
        <source>Published, differs</source>
        <translation>平台公布（不一致）</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>记录人：%1</translation>
    </message>
    <message>
        <source>%1 (published %2)</source>
        <translation>%1（平台公布 %2）</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message numerus="yes">
        <source>⚠ differs by %n tier(s)</source>
        <translation>
            <numerusform>⚠ 相差 %n 个等级</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ agrees</source>
        <translation>✓ 一致</translation>
    </message>
    <message>
        <source>Published tier, %1</source>
        <translation>平台公布的等级，%1</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>等级(&amp;T)</translation>
    </message>
    <message>
        <source>Service &amp;level</source>
        <translation>服务等级(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>In force from %1 · shipped with SellerDesk</source>
        <translation>自 %1 起生效 · SellerDesk 内置</translation>
    </message>
    <message>
        <source>In force from %1 · saved by %2 on %3</source>
        <translation>自 %1 起生效 · 由 %2 于 %3 保存</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>优化方向</translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation>权重（%）</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1：%2 分起</translation>
    </message>
    <message>
        <source>An indicator earns %1 points at its S threshold, %2 at A, %3 at B and %4 below; the score is the weighted mean of the indicators that have a value. Tiers: %5. Percent thresholds are in %, counts in orders.</source>
        <translation>指标达到 S 阈值得 %1 分，达到 A 阈值得 %2 分，达到 B 阈值得 %3 分，低于 B 阈值得 %4 分；得分为有数值的各项指标的加权平均值。等级：%5。百分比阈值的单位为 %，计数阈值的单位为订单数。</translation>
    </message>
    <message numerus="yes">
        <source>Service level over %n month(s), thresholds for Excellent / Good / Qualified:</source>
        <translation>
            <numerusform>服务等级按 %n 个月考核，优秀 / 良好 / 及格的阈值：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 / %3 / %4 %</source>
        <translation>%1 %2 / %3 / %4 %</translation>
    </message>
    <message>
        <source>Model not saved</source>
        <translation>模型未保存</translation>
    </message>
    <message>
        <source>%1: the weight is a whole number</source>
        <translation>%1：权重须为整数</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>In force from (earlier months keep their model):</source>
        <translation>生效月份（更早的月份沿用原有模型）：</translation>
    </message>
    <message>
        <source>the edited model</source>
        <translation>编辑后的模型</translation>
    </message>
    <message>
        <source>Import a tier model</source>
        <translation>导入分层模型</translation>
    </message>
    <message>
        <source>Tier models (*.json);;All files (*)</source>
        <translation>分层模型 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Model not imported</source>
        <translation>模型未导入</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>未做任何更改。

%1</translation>
    </message>
    <message>
        <source>Export the tier model</source>
        <translation>导出分层模型</translation>
    </message>
    <message>
        <source>Tier models (*.json)</source>
        <translation>分层模型 (*.json)</translation>
    </message>
    <message>
        <source>Model not exported</source>
        <translation>模型未导出</translation>
    </message>
    <message>
        <source>Restore the shipped model</source>
        <translation>恢复内置模型</translation>
    </message>
    <message>
        <source>Add SellerDesk&apos;s default model as a new version in force from %1? Earlier months keep the model they had.</source>
        <translation>将 SellerDesk 的默认模型添加为新版本，自 %1 起生效？更早的月份沿用原有模型。</translation>
    </message>
</context>
<context>
    <name>sd::ui::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Open the list →</source>
        <translation>打开列表 →</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Nothing here today.</source>
        <translation>今天没有需要处理的订单。</translation>
    </message>
    <message>
        <source>JIT and POP handovers overdue</source>
        <translation>已逾期的 JIT 与 POP 交接</translation>
    </message>
    <message>
        <source>Past the handover deadline and not shipped: late penalties apply.</source>
        <translation>已过交接截止时间仍未发货：将产生延迟处罚。</translation>
    </message>
    <message>
        <source>Handovers due today</source>
        <translation>今天到期的交接</translation>
    </message>
    <message>
        <source>Hand these to the Cainiao pickup or the warehouse before the deadline.</source>
        <translation>请在截止时间前交给菜鸟揽收或送至仓库。</translation>
    </message>
    <message>
        <source>In risk control</source>
        <translation>风控中</translation>
    </message>
    <message>
        <source>RISK_CONTROL: the platform holds the order for 24 hours after payment. Do not ship yet.</source>
        <translation>RISK_CONTROL：买家付款后平台会暂扣订单 24 小时。请暂勿发货。</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>冻结中</translation>
    </message>
    <message>
        <source>IN_FROZEN: the order&apos;s money is frozen; check the dispute or chargeback.</source>
        <translation>IN_FROZEN：订单资金已冻结；请查看相关纠纷或拒付。</translation>
    </message>
    <message>
        <source>Products refunded too often</source>
        <translation>退款过多的商品</translation>
    </message>
    <message numerus="yes">
        <source>Refunded line items over shipped ones in the last %n day(s), above %1 % with at least %2 shipped (the refund-rate rules).</source>
        <translation>
            <numerusform>近 %n 天内退款子订单占已发货子订单的比例高于 %1%，且已发货至少 %2 件（见退款率规则）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No product is over the threshold.</source>
        <translation>没有商品超过阈值。</translation>
    </message>
    <message>
        <source>Orders per day over the last 30 days, by fulfillment model</source>
        <translation>近 30 天每日订单数（按履约模式）</translation>
    </message>
    <message>
        <source>Missed handovers</source>
        <translation>未按时交接</translation>
    </message>
    <message>
        <source>Handovers missed, by the day they were due</source>
        <translation>未按时交接的订单（按截止日期）</translation>
    </message>
    <message>
        <source>paid %1 ago</source>
        <translation>%1前付款</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>尚未复核</translation>
    </message>
    <message>
        <source>New orders nobody has marked reviewed (Ctrl+R on the Orders page).</source>
        <translation>还没有人标记为已复核的新订单（在订单页按 Ctrl+R）。</translation>
    </message>
    <message>
        <source>ordered %1 ago</source>
        <translation>%1前下单</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;product:%1:%2&quot;&gt;%3&lt;/a&gt; · %4 % (%5 of %6)</source>
        <translation>&lt;a href=&quot;product:%1:%2&quot;&gt;%3&lt;/a&gt; · %4%（已发货 %6 件，退款 %5 件）</translation>
    </message>
    <message>
        <source>Disputes, chargebacks and the Alipay account</source>
        <translation>纠纷、拒付与支付宝账户</translation>
    </message>
    <message>
        <source>Dispute responses overdue</source>
        <translation>已逾期的纠纷响应</translation>
    </message>
    <message>
        <source>The response window has passed: the buyer&apos;s proposal is carried out unless you act.</source>
        <translation>响应期已过：如不处理，将执行买家的方案。</translation>
    </message>
    <message>
        <source>Dispute responses due today</source>
        <translation>今天到期的纠纷响应</translation>
    </message>
    <message>
        <source>Accept or counter-propose before the response window ends.</source>
        <translation>请在响应期结束前接受方案或提出还价方案。</translation>
    </message>
    <message numerus="yes">
        <source>Chargeback defences due within %n day(s)</source>
        <translation>
            <numerusform>%n 天内到期的拒付抗辩</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach proof of delivery and submit before the countdown ends.</source>
        <translation>请在倒计时结束前上传妥投证明并提交。</translation>
    </message>
    <message>
        <source>Unfair deductions not appealed</source>
        <translation>未申诉的不合理扣款</translation>
    </message>
    <message>
        <source>Marked unfair on the Alipay ledger, with no appeal filed yet.</source>
        <translation>已在支付宝账户流水中标记为不合理，但尚未提交申诉。</translation>
    </message>
    <message>
        <source>no tier indicators yet</source>
        <translation>尚无分层指标</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (score %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（得分 %2）</translation>
    </message>
    <message>
        <source>to %1: %2 %3</source>
        <translation>升至 %1：%2 %3</translation>
    </message>
    <message>
        <source>no single indicator reaches %1 alone</source>
        <translation>没有任何单项指标能单独达到 %1</translation>
    </message>
    <message>
        <source>Merchant tier this month (projected):</source>
        <translation>本月商家分层（预测）：</translation>
    </message>
    <message>
        <source>The daily review: handovers to make, orders held by the platform, orders nobody has looked at yet, buyers owed a reply and products refunded or damaged too often. Click an item to open it.</source>
        <translation>每日检查：待完成的交接、被平台暂扣的订单、尚无人查看的订单、待回复的买家，以及退款或破损过于频繁的商品。点击条目即可打开。</translation>
    </message>
    <message>
        <source>changed %1 ago</source>
        <translation>%1前有变更</translation>
    </message>
    <message>
        <source>Claims waiting for a reply</source>
        <translation>待回复的索赔</translation>
    </message>
    <message>
        <source>The claim changed since the buyer last heard from you: draft the reply from a template.</source>
        <translation>自买家上次收到您的回复以来，索赔已有变化：请根据模板起草回复。</translation>
    </message>
    <message>
        <source>Every buyer has had an answer.</source>
        <translation>所有买家均已得到回复。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;damage:%1&quot;&gt;%2&lt;/a&gt; · %3 % (%4 of %5 units)</source>
        <translation>&lt;a href=&quot;damage:%1&quot;&gt;%2&lt;/a&gt; · %3%（%5 件中 %4 件）</translation>
    </message>
    <message>
        <source>Products damaged too often</source>
        <translation>破损过于频繁的商品</translation>
    </message>
    <message numerus="yes">
        <source>Damaged units over units shipped in the last %n day(s), above %1 % with at least %2 shipped (the damage-rate rules). Improve their packaging.</source>
        <translation>
            <numerusform>近 %n 天内破损件数占发货件数的比例高于 %1%，且发货至少 %2 件（破损率规则）。请改进这些商品的包装。</numerusform>
        </translation>
    </message>
</context>
</TS>
