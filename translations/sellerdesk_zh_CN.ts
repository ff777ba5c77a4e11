<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>SellerDesk</source>
        <translation>SellerDesk</translation>
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
        <source>backup: --out FILE is required</source>
        <translation>backup: 必须指定 --out FILE</translation>
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
    <message>
        <source>stores: unexpected argument &quot;%1&quot;</source>
        <translation>stores: 无法识别的参数“%1”</translation>
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
        <source>the record has more than %1 fields</source>
        <translation>该记录的字段超过 %1 个</translation>
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
</context>
<context>
    <name>sd::DemoSeeder</name>
    <message>
        <source>the workspace already has stores; the demo is only added to an empty workspace</source>
        <translation>工作区中已有店铺；演示数据只能添加到空工作区</translation>
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
    <name>sd::Migrator</name>
    <message>
        <source>cannot read the schema version</source>
        <translation>无法读取数据结构版本</translation>
    </message>
    <message>
        <source>cannot start migration step %1: %2</source>
        <translation>无法开始迁移步骤 %1：%2</translation>
    </message>
    <message>
        <source>migration step %1 (%2) failed: %3</source>
        <translation>迁移步骤 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>migration step %1 could not be committed: %2</source>
        <translation>迁移步骤 %1 无法提交：%2</translation>
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
</context>
<context>
    <name>sd::XlsxReader</name>
    <message>
        <source>cannot read the workbook part %1</source>
        <translation>无法读取工作簿部件 %1</translation>
    </message>
    <message>
        <source>the workbook part %1 unpacks to %2 MB, over the %3 MB limit</source>
        <translation>工作簿部件 %1 解压后为 %2 MB，超过 %3 MB 的上限</translation>
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
        <source>the row has more than %1 columns</source>
        <translation>该行超过 %1 列</translation>
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
        <source>The workspace file is readable only by your user account on macOS and Linux. Keep backups somewhere equally private: they hold buyers&apos; names and addresses.</source>
        <translation>在 macOS 和 Linux 上，工作区文件仅限您的用户账户读取。请将备份存放在同样私密的位置：备份中包含买家的姓名和地址。</translation>
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
        <source>%1 cannot be replaced.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
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
</context>
</TS>
